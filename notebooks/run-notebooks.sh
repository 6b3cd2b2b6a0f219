#!/bin/sh
# Executes every notebook in notebooks/ headless against a running Mijn Stad, failing on the first failing cell.
# Installs nothing: it needs Debian's jupyter-nbconvert, python3-nbclient, python3-ipykernel, python3-pandas,
# python3-matplotlib, python3-requests and python3-networkx (see docs/analyst.md).
#
#   notebooks/run-notebooks.sh [base-url]        # default http://localhost:8080
#
# Credentials come from MIJNSTAD_USER (default admin) and MIJNSTAD_PASSWORD (default $MIJNSTAD_ADMIN_PASSWORD).
# The executed copies, with their outputs, go to target/notebooks/; the committed notebooks stay without outputs.
set -eu

cd "$(dirname "$0")/.."
MIJNSTAD_URL="${1:-${MIJNSTAD_URL:-http://localhost:8080}}"
export MIJNSTAD_URL
export MPLBACKEND=Agg
# Quiets ipykernel's debugger warning about frozen modules on every kernel start.
export PYDEVD_DISABLE_FILE_VALIDATION=1
# Debian's jupyter, and through it Debian's python3 kernel with the libraries above, even when another python3
# (pyenv, a virtualenv) comes first on the PATH.
JUPYTER=/usr/bin/jupyter
[ -x "$JUPYTER" ] || { echo "run-notebooks: $JUPYTER not found; apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel python3-pandas python3-matplotlib python3-requests python3-networkx" >&2; exit 2; }
PATH="/usr/bin:/bin:$PATH"
export PATH

curl -fsS "$MIJNSTAD_URL/actuator/health" >/dev/null || { echo "run-notebooks: no service at $MIJNSTAD_URL" >&2; exit 2; }

# The service answers before a freshly started demo city is loaded and analysed: wait (up to
# MIJNSTAD_WAIT seconds, default 300) until the analytics show shared values.
MIJNSTAD_USER="${MIJNSTAD_USER:-admin}"
MIJNSTAD_PASSWORD="${MIJNSTAD_PASSWORD:-${MIJNSTAD_ADMIN_PASSWORD:-}}"
export MIJNSTAD_USER MIJNSTAD_PASSWORD
waited=0
until curl -fsS -u "$MIJNSTAD_USER:$MIJNSTAD_PASSWORD" "$MIJNSTAD_URL/api/v1/analytics/values" 2>/dev/null | grep -q '"key"'; do
	if [ "$waited" -ge "${MIJNSTAD_WAIT:-300}" ]; then
		echo "run-notebooks: no shared values at $MIJNSTAD_URL after ${waited} s (wrong password, or no data?)" >&2
		exit 2
	fi
	sleep 5
	waited=$((waited + 5))
done

mkdir -p target/notebooks
status=0
for notebook in notebooks/*.ipynb; do
	echo "run-notebooks: $notebook against $MIJNSTAD_URL"
	if ! "$JUPYTER" nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
		--ExecutePreprocessor.kernel_name=python3 --output-dir target/notebooks "$notebook"; then
		echo "run-notebooks: $notebook FAILED" >&2
		status=1
	fi
done
exit $status
