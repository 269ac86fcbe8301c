#!/usr/bin/env pwsh
# Regenerates every committed output under figures/ from its configs and seeds (the network traffic
# sweep, `nexus run` for every configs/*.yaml, `nexus attack` for every configs/attacks/*.yaml, and
# `nexus coyote-study` for every configs/coyote/*.yaml),
# then fails if any committed output changed by a single byte: every output is a pure function of
# (config, seed, code version).
# Run it as: dotnet tool restore && dotnet pwsh reproduce.ps1
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location $PSScriptRoot
$env:COYOTE_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'

function Invoke-Step([string] $What, [scriptblock] $Command) {
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

Invoke-Step 'build nexus (Release)' { dotnet build experiments/Nexus.Experiments.csproj -c Release --nologo -v quiet }
$nexus = Join-Path $PSScriptRoot 'experiments/bin/Release/net10.0/nexus.dll'
# Every sweep runs its independent units on every core; the bytes written do not depend on how many.
$workers = [Environment]::ProcessorCount

Invoke-Step 'network traffic sweep, seeds 1-20, fixed plan and swarm' {
    dotnet $nexus simulate network-sweep --seeds 1-20 --messages 200 --output figures/network-traffic.csv --workers $workers
}

foreach ($config in Get-ChildItem configs -Filter *.yaml | Sort-Object Name) {
    Invoke-Step "loop sweep $($config.Name)" { dotnet $nexus run $config.FullName --output-dir figures --workers $workers }
}

# git keeps no file mode but the executable bit, so a clone has the demo key readable by all, and nexus
# refuses to sign with a private key that others may read.
if (-not $IsWindows) { [IO.File]::SetUnixFileMode('configs/attacks/demo-signing.key', [IO.UnixFileMode] 'UserRead, UserWrite') }
foreach ($campaign in Get-ChildItem configs/attacks -Filter *.yaml | Sort-Object Name) {
    # Relative, so the replay commands written into the matrix are the same on every machine. Signed with
    # the demo key committed for this purpose (Ed25519 signatures are deterministic, so the proof's bytes
    # repeat); a real campaign signs with its own key (nexus keygen).
    Invoke-Step "attack campaign $($campaign.Name)" {
        dotnet $nexus attack "configs/attacks/$($campaign.Name)" --output-dir figures --key configs/attacks/demo-signing.key --workers $workers
    }
}

# The studies hunt the seeded bugs of the scenario library's copy rewritten for Coyote, which the
# library's Release build (part of nexus's) writes to scenarios/bin/Release/net10.0/coyote.
foreach ($study in Get-ChildItem configs/coyote -Filter *.yaml | Sort-Object Name) {
    Invoke-Step "Coyote strategy study $($study.Name)" { dotnet $nexus coyote-study "configs/coyote/$($study.Name)" --output-dir figures --workers $workers }
}

git rev-parse --is-inside-work-tree *> $null
if ($LASTEXITCODE -ne 0) { throw 'reproduce.ps1 compares outputs with the committed ones: run it inside the git checkout' }
# Every output is compared, CSVs and figures alike: both are byte-identical from run to run.
$changed = git status --porcelain -- figures
if ($changed) {
    git --no-pager diff --stat -- figures
    throw "regenerated outputs differ from the committed ones:`n$($changed -join "`n")"
}
Write-Host 'reproduce: every output regenerated, byte-identical to the committed one'
