#!/usr/bin/env bash
# Builds and lints every Bicep and .bicepparam file under infra/ with the Bicep CLI restored
# from NuGet (Azure.Bicep.CommandLine.linux-x64, version in Directory.Packages.props).
# Fails on any error or warning: the CLI exits 0 on warnings, so its diagnostics are read.
# Needs the network only for the first restore; after that it runs offline (unshare -n).
set -euo pipefail

infra="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$infra"

dotnet restore BicepTool/BicepTool.csproj --verbosity quiet >/dev/null
bicep="$(dotnet msbuild BicepTool/BicepTool.csproj -nologo -getProperty:BicepPath)"
[[ -x "$bicep" ]] || chmod u+x "$bicep" # NuGet extracts it without the execute bit for others
version="$("$bicep" --version)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
run() { # run <step> <bicep args...>: stderr holds the diagnostics
  if ! "$bicep" "${@:2}" --no-restore >/dev/null 2>"$work/$1.err"; then status=1; fi
  cat "$work/$1.err" >>"$work/all.err"
}
touch "$work/all.err"
run build build --pattern '**/*.bicep' --outdir "$work/arm"
run build-params build-params --pattern '**/*.bicepparam' --outdir "$work/arm"
run lint lint --pattern '**/*.bicep*'

mapfile -t files < <(find . -path ./BicepTool -prune -o \( -name '*.bicep' -o -name '*.bicepparam' \) -print | sort)
sort -u "$work/all.err" >"$work/unique.err"
errors=$(grep -c ') : Error ' "$work/unique.err" || true)
warnings=$(grep -c ') : Warning ' "$work/unique.err" || true)
other=$(grep -vc -e ') : Error ' -e ') : Warning ' "$work/unique.err" || true)

cat "$work/unique.err" >&2
echo "infra/check.sh: ${version}; ${#files[@]} files built and linted (${files[*]#./}): ${errors} errors, ${warnings} warnings"
if (( status != 0 || errors > 0 || warnings > 0 || other > 0 )); then
  echo "infra/check.sh: FAILED" >&2
  exit 1
fi
