"""The call pipeline: the sans-I/O core shared by the sync and async clients, the
operation and service specs the generated code renders, interceptors, commands,
paginators and waiters."""
