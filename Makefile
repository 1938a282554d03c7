# The two commands a new user needs: `make generate` and `make test`.
# Each creates .venv when it is missing: `make generate` installs only the generator's pins
# (requirements-generator.txt), the other targets the full set (requirements-dev.txt).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
OUT := generated
# Every package's pinned model: models/<service>/<api version>/, one folder per service.
# `make generate` and `make check` take them all; update-model and dist take one service,
# SERVICE=partnercentral-account (default: partnercentral-selling).
MODELS := $(sort $(wildcard models/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]))
SERVICE ?= partnercentral-selling
# update-model: the folder holding the service's pinned <api version>/ model; BOTOCORE=1.44.8
# fetches that botocore with pip (default: the installed one); FROM_DIR=path takes a folder
# of botocore files; FROM_SMITHY=path takes a Smithy JSON AST (a file or a folder of them),
# SMITHY_COMMIT=sha names the aws/api-models-aws commit it came from.
MODEL_ROOT := models/$(SERVICE)

.PHONY: setup generator-setup generate check check-pythons test typecheck bench clean \
	clean-cache dist update-model release-runtime docs chromium all-services

$(PY):
	$(PYTHON) -m venv $(VENV)

# The development set holds the generator's pins (tests/test_cross_python.py checks), so
# installing it brings the generator's stamp up to date too.
$(VENV)/.installed: requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.generator-installed

$(VENV)/.generator-installed: requirements-generator.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-generator.txt
	touch $@

# The generated packages import the shared runtime as an installed distribution; the
# development venv has it as an editable one: a .pth naming the committed runtime's source.
RUNTIME_SRC := $(CURDIR)/$(OUT)/typed-aws-runtime/src

$(VENV)/.runtime-linked: | $(PY)
	$(PY) -c 'import pathlib, sys, sysconfig; pathlib.Path(sysconfig.get_paths()["purelib"], \
		"typed-aws-runtime.pth").write_text(sys.argv[1] + "\n")' $(RUNTIME_SRC)
	touch $@

setup: $(VENV)/.installed $(VENV)/.runtime-linked

generator-setup: $(VENV)/.generator-installed

# aiobotocore, the async peer of `make bench`, needs an older botocore than .venv pins.
PEER_VENV := .venv-aiobotocore

$(PEER_VENV)/.installed: bench/requirements-aiobotocore.txt
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r bench/requirements-aiobotocore.txt
	touch $@

# The AWS CLI, which tests/test_emulator_cli.py points at the emulator; its own venv because
# awscli pins a docutils that .venv's pins exclude (tests/requirements-awscli.txt).
CLI_VENV := .venv-awscli

$(CLI_VENV)/.installed: tests/requirements-awscli.txt
	$(PYTHON) -m venv $(CLI_VENV)
	$(CLI_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r tests/requirements-awscli.txt
	touch $@

generate: generator-setup
	@$(PY) -m generator generate-runtime --out $(OUT)
	@for model in $(MODELS); do \
		$(PY) -m generator generate --model $$model --out $(OUT) || exit 1; done

# Take a new model revision (either form, replacing the pinned one's files whatever their
# form), diff it, bump the version by the classification, prepend a CHANGELOG.md entry and
# regenerate (generator/release/update.py says how).
# The shared runtime's next version, when it changed since its last release: major, minor or
# patch by what changed in its public surface (generator/release/runtime.py says how); then
# `make generate` gives every package the new range.
release-runtime: generator-setup
	$(PY) -m generator release-runtime

update-model: setup
	$(PY) -m generator update-model --model-root $(MODEL_ROOT) --out $(OUT) \
		$(if $(BOTOCORE),--botocore-version $(BOTOCORE)) $(if $(FROM_DIR),--from-dir $(FROM_DIR)) \
		$(if $(FROM_SMITHY),--from-smithy $(FROM_SMITHY)) \
		$(if $(SMITHY_COMMIT),--api-models-aws-commit $(SMITHY_COMMIT))

check: generator-setup
	@$(PY) -m generator check-runtime --out $(OUT)
	@for model in $(MODELS); do \
		$(PY) -m generator check --model $$model --out $(OUT) || exit 1; done

# `make check` by every Python from 3.10 to the newest installed (PATH or pyenv), each in a
# venv holding only requirements-generator.txt, cached in the user's cache folder (shared by
# every clone: `python3 -m generator.user_cache` prints it); missing ones skipped.
check-pythons:
	$(PYTHON) scripts/cross_python.py

# The generated package's reference site, built by MkDocs in strict mode into site/.
docs: setup
	$(PY) -m generator docs --package $(OUT)/$(SERVICE) --out site

# One pytest-xdist worker more than CPUs: many tests wait (local servers, retry back-off,
# subprocesses), and a third worker fills those waits. On a 2-core machine with a warm user
# cache, -n 3 took 105-136 s where -n 2 took 120-137 s (quiet runs); -n 4 used more CPU
# and let timing-sensitive fault-injection tests fail under load. TEST_WORKERS=N overrides.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print((os.cpu_count() or 1) + 1)')

# tests/test_site_in_browser.py opens the reference site in headless Chromium: Debian's
# package, installed here when missing (as root, as on CI); elsewhere install it yourself,
# or set ALLOW_NO_CHROMIUM=1 to skip that test.
CHROMIUM := /usr/bin/chromium

chromium:
	@test -x $(CHROMIUM) || [ "$(ALLOW_NO_CHROMIUM)" = 1 ] || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: setup chromium $(CLI_VENV)/.installed
	$(PY) -m pytest -q -n $(TEST_WORKERS) tests

# Every json service of the pinned botocore (about 150): generated, imported and compared with
# botocore operation by operation (requests, outputs, endpoint tests); a summary, exit 1 on
# any failure (scripts/all_services.py says how). tests/test_all_services_sample.py runs a
# sample of it in `make test`. ALL_SERVICES_JOBS=N sets the worker processes.
ALL_SERVICES_JOBS ?= $(shell $(PYTHON) -c 'import os; print(os.cpu_count() or 1)')

all-services: setup
	$(PY) scripts/all_services.py --jobs $(ALL_SERVICES_JOBS) $(SERVICES)

bench: setup $(PEER_VENV)/.installed
	$(PY) bench/run.py

# sdist + wheel of the generated package and of the shared runtime into dist/, `twine check
# --strict`, then the wheels installed into a fresh venv and smoke-tested there
# (scripts/dist.py says how). SERVICE="a b" installs several packages side by side;
# SERVICE=typed-aws-runtime builds the runtime alone.
dist: setup
	$(PY) scripts/dist.py $(foreach service,$(SERVICE),--package $(OUT)/$(service)) --out dist

# The repository's own files; .cache is where older versions kept the format cache.
clean:
	rm -rf $(VENV) $(PEER_VENV) $(CLI_VENV) .pytest_cache .mypy_cache .cache

# The caches every clone on this machine shares (format cache, cross-Python venvs): safe to
# keep (entries are keyed by all they depend on and checked when read); this frees the space.
clean-cache:
	$(PYTHON) -m generator.user_cache --remove
