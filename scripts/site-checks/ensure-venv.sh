#!/usr/bin/env bash
# Makes the Python virtual environment of the site checks (default .build/venv) with the pinned
# tools of requirements.txt, and axe-selenium-python, whose 3.0.0 carries axe-core 4.10.2.
# That release declares Python >= 3.12 but is plain Python that runs on 3.11 (the machine's),
# so it is installed on its own with --no-deps --ignore-requires-python (its declared
# dependencies are selenium, pinned here, and pytest, used only by its own tests).
# Does nothing when the environment already has exactly these pins.
set -euo pipefail
venv=${1:-.build/venv}
here=$(cd "$(dirname "$0")" && pwd)
axe="axe-selenium-python==3.0.0"
stamp="$venv/.site-checks-pins"
want="$(grep -v '^#' "$here/requirements.txt") $axe"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
python=${PYTHON:-python3}
rm -rf "$venv"
if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
  # Debian's own python3 needs python3-venv for ensurepip.
  rm -rf "$venv"
  "$here/../ensure-debian-packages.sh" python3-venv
  "$python" -m venv "$venv"
fi
echo "Installing the site checks' Python tools into $venv"
"$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps --ignore-requires-python "$axe"
echo "$want" > "$stamp"
