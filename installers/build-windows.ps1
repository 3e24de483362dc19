# Build the Windows app and its per-user installer (run on Windows, e.g. the release workflow):
#
#     powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 [-Python py] [-SkipInstaller]
#
# 1. a venv (build\installer\venv) with exactly installers\requirements-lock.txt (hashes checked);
# 2. PyInstaller onedir (installers\cardentry.spec) -> build\installer\dist\cardentry\
#    with cardentry.exe (windowed) and cardentry-cli.exe (console: command line, smoke test);
# 3. Inno Setup (installers\windows\cardentry.iss) -> dist\cardentry-VERSION-windows-x64-setup.exe
#    (needs Inno Setup 6: ISCC.exe on PATH or in its default folder).
param(
    [string]$Python = "python",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$venv = "build\installer\venv"
$py = "$venv\Scripts\python.exe"
if (-not (Test-Path $py)) {
    Invoke-Checked $Python @("-m", "venv", $venv)
}
Invoke-Checked $py @("-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", "installers\requirements-lock.txt")
Invoke-Checked $py @("-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "--force-reinstall", ".")

$ts = Get-ChildItem -Path "resources\i18n\*.ts" -ErrorAction SilentlyContinue
if ($ts) { Invoke-Checked "$venv\Scripts\pyside6-lrelease.exe" ($ts | ForEach-Object { $_.FullName }) }

$env:PYTHONHASHSEED = "0"
Invoke-Checked "$venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "build\installer\dist", "--workpath", "build\installer\work", "installers\cardentry.spec")

$app = "build\installer\dist\cardentry"
$version = ((& "$app\cardentry-cli.exe" --version) -split " ")[1]
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "the frozen cardentry-cli.exe does not start" }
Write-Host "build-windows: onedir $app, version $version"
if ($SkipInstaller) { exit 0 }

$iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found: install it, e.g. 'choco install innosetup'" }
$source = (Resolve-Path $app).Path
New-Item -ItemType Directory -Force -Path "dist" | Out-Null
$output = (Resolve-Path "dist").Path
Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "/DSourceDir=$source", "/DOutputDir=$output",
    "installers\windows\cardentry.iss")
Write-Host "$output\cardentry-$version-windows-x64-setup.exe"
