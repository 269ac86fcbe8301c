#!/usr/bin/env pwsh
# The hunt mode: runs the hunt catalogue's Coyote tests (Nexus.Coyote.Tests.AttackHunts; `nexus hunts`
# lists them) through the coyote command line on the built, rewritten assembly, one `dotnet coyote test` per test.
# By default every correct hunt (<Hunt>_Depth1 and <Hunt>_Depth2) for 10,000 iterations each; -Match
# takes a regular expression over the test names (`_CheckThenActReplayGuard$` hunts one seeded bug).
# Each test writes into a folder of its own; a test that finds a bug prints the failure, its trace
# file and the replay command, and the script exits 1 after running the rest. Bad input exits 2.
# Run it from the checkout (after dotnet tool restore) as:
#   dotnet pwsh tests/Nexus.Coyote.Tests/hunt.ps1 [-Iterations N] [-Match REGEX] [-Seed N] [-NoBuild]
param(
    [ValidateRange(1, [uint]::MaxValue)] [uint] $Iterations = 10000,
    [string] $Match = '_Depth[12]$',
    [ValidateSet('Release', 'Debug')] [string] $Configuration = 'Release',
    # Coyote's seed for every test; without it, coyote draws one per test (each result line names it).
    [Nullable[uint]] $Seed = $null,
    # Hunt the assembly as last built instead of building it first.
    [switch] $NoBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
Set-Location $root
$env:COYOTE_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'

# Bad input or a failed build: one line on standard error, exit code 2.
function Stop-Hunt([string] $Message) {
    [Console]::Error.WriteLine("hunt: $Message")
    exit 2
}

if (-not $NoBuild) {
    Write-Host "==> build the Coyote hunts ($Configuration, rewritten) and nexus"
    foreach ($project in 'tests/Nexus.Coyote.Tests/Nexus.Coyote.Tests.csproj', 'experiments/Nexus.Experiments.csproj') {
        dotnet build $project -c $Configuration --nologo -v quiet
        if ($LASTEXITCODE -ne 0) { Stop-Hunt "building $project failed (exit code $LASTEXITCODE)" }
    }
}
$assembly = "tests/Nexus.Coyote.Tests/bin/$Configuration/net10.0/Nexus.Coyote.Tests.dll"
$nexus = "experiments/bin/$Configuration/net10.0/nexus.dll"
foreach ($built in $assembly, $nexus) {
    if (-not (Test-Path $built)) { Stop-Hunt "${built}: not built; run without -NoBuild" }
}

# The tests are the hunt catalogue's, in its order (a Coyote test holds AttackHunts.cs to the same list).
$declared = @(dotnet $nexus hunts)
if ($LASTEXITCODE -ne 0 -or $declared.Count -eq 0) { Stop-Hunt "$nexus hunts listed no Coyote test (exit code $LASTEXITCODE)" }
$tests = @($declared | Where-Object { $_ -match $Match })
if ($tests.Count -eq 0) { Stop-Hunt "-Match ${Match}: no hunt test matches; the tests are: $($declared -join ', ')" }

$output = Join-Path (Split-Path $assembly) 'Hunts'
$seeded = if ($null -ne $Seed) { @('--seed', "$Seed") } else { @() }
$failed = @()
$number = 0
foreach ($test in $tests) {
    $number++
    $folder = Join-Path $output $test
    if (Test-Path $folder) { Remove-Item -Recurse -Force $folder }
    Write-Host "==> [$number/$($tests.Count)] $test, $Iterations iterations"
    $started = [Diagnostics.Stopwatch]::StartNew()
    # The command line cuts an iteration at 10,000 scheduling steps by default, and a private-commerce
    # hunt at depth 2 comes close (up to 8,400 seen), so every test gets the in-process engine's bound.
    # --skip-trace-analysis: Coyote otherwise records a graph of every scheduling decision, only to draw a
    # failing trace as DGML; it chooses nothing (the replayable .trace is written either way) and cost
    # up to half of an iteration.
    $log = @(dotnet coyote test $assembly -m $test -i $Iterations --max-steps 100000 --skip-trace-analysis --outdir $folder @seeded 2>&1 | ForEach-Object { "$_" })
    $exit = $LASTEXITCODE
    $seconds = [math]::Round($started.Elapsed.TotalSeconds)
    $explored = $log | Where-Object { $_ -match 'Explored \d+ execution paths' } | Select-Object -First 1
    $strategy = $log | ForEach-Object { if ($_ -match 'Using the (.+) exploration strategy') { $Matches[1] } } | Select-Object -First 1
    $trace = Get-ChildItem -Path $folder -Recurse -Filter *.trace -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($exit -eq 0 -and $null -eq $trace) {
        Write-Host "    no bug; $($explored.Trim('. ')) ($strategy, $seconds s)"
        continue
    }
    $failed += $test
    if ($null -eq $trace) {
        $log | Write-Host
        Write-Host "    coyote failed (exit code $exit) without writing a trace ($seconds s)"
        continue
    }
    $iteration = $log | ForEach-Object { if ($_ -match 'Iteration #(\d+) found bug') { $Matches[1] } } | Select-Object -First 1
    $report = $log | Where-Object { $_ -notmatch '^\.|^Microsoft|^Copyright|^\s*$|^replay it' }
    Write-Host "    BUG found at iteration $iteration ($strategy, $seconds s):"
    $report | ForEach-Object { Write-Host "    $_" }
    $relative = [IO.Path]::GetRelativePath($root, $trace.FullName)
    Write-Host "    trace: $relative"
    Write-Host "    replay: dotnet coyote replay $assembly $relative -m $test"
}
if ($failed.Count -gt 0) {
    Write-Host "hunt: $($failed.Count) of $($tests.Count) tests found a bug: $($failed -join ', ')"
    exit 1
}
Write-Host "hunt: no bug in $($tests.Count) tests, $Iterations iterations each"
