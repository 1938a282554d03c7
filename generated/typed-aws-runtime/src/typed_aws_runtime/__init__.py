"""The hand-written run-time library of every generated client.

It is published as its own distribution, which every generated package depends on with a
compatible version range (``generator/release/runtime.py`` says how its versions are
chosen): this folder's code verbatim, under the distribution's import name, which is why
it uses relative imports only. Nothing here reads a service model: the generated code
hands in precomputed tables.
"""
