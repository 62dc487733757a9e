# The two commands of the README: `make briefing` and `make test`.
# Both install what they need first (scripts/setup.sh), system packages included.
VENV := .venv/bin
STAMP := .venv/.installed
TEST_STAMP := .venv/.test-installed

.PHONY: briefing test golden lint mutation

briefing: $(STAMP)
	$(VENV)/briefing build sample_input -o output

test: $(STAMP) $(TEST_STAMP) lint
	$(VENV)/pytest -q -n 2

lint: $(STAMP)
	$(VENV)/ruff check briefing tests scripts
	$(VENV)/mypy

# Refresh the golden files after a deliberate change; review the diff before committing.
golden: $(STAMP)
	BRIEFING_UPDATE_GOLDEN=1 $(VENV)/pytest -q tests/test_golden.py

# Mutation testing of the rules (dates, extraction, merging, assembly): see docs/mutation.md.
# All of it (6,762 mutants) takes 25-45 minutes on two cores; name some, e.g.
# make mutation MUTANTS="'briefing.merge*' 'briefing.assemble*'"
mutation: $(STAMP)
	$(VENV)/mutmut run --max-children 2 $(MUTANTS)
	$(VENV)/mutmut results

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh
	touch $(STAMP)

# The tests also need a headless browser (chromium) for the review sheet.
$(TEST_STAMP): $(STAMP)
	bash scripts/setup.sh --test
	touch $(TEST_STAMP)
