#!/usr/bin/env pwsh
<#
.SYNOPSIS
  Build tasks for Pipeline. Run with the repository's own PowerShell: dotnet tool restore; dotnet pwsh ./build.ps1 <task>

.DESCRIPTION
  help     List these tasks (also what ./build.ps1 alone does).
  build    Restore and build the solution (Release).
  test     Run the test suite, writing a TRX file to TestResults/ and printing "N passed, N failed".
  run      Convert input/ to output/ in every format (the README's first command).
  publish  Publish the pipeline command as one Native AOT binary (no .NET runtime needed) to artifacts/publish/.
  pack     Pack the pipeline command as a .NET tool to artifacts/package/; install it with
           `dotnet tool install --global --add-source artifacts/package Pipeline.Cli`.
  ci       build + test, as .ci/run does after installing the external validators.
  bench    Build Release and run the macro benchmark (tests/Pipeline.Benchmarks): N generated documents through
           `pipeline convert --to all`, pandoc side by side, growth at 1x/10x/100x input size. Extra arguments go to
           the benchmark, e.g. `./build.ps1 bench --count 200` or `./build.ps1 bench --memory-run 10000`;
           `./build.ps1 bench micro --job short --filter '*'` runs the BenchmarkDotNet stage benchmarks instead.
#>
param(
    [Parameter(Position = 0)]
    [string]$Task = 'help',
    [string]$Configuration = 'Release',
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]]$Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Write-TestSummary([string]$ResultsDirectory) {
    $trx = Get-ChildItem -Path $ResultsDirectory -Filter *.trx -Recurse | Sort-Object LastWriteTime | Select-Object -Last 1
    if (-not $trx) { throw "no TRX file in $ResultsDirectory" }
    [xml]$xml = Get-Content $trx.FullName
    $c = $xml.TestRun.ResultSummary.Counters
    $skipped = [int]$c.total - [int]$c.executed
    Write-Output "skipped: $skipped"
    Write-Output "$($c.passed) passed, $([int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted) failed"
}

# The tasks and their one-line descriptions, read from this script's own help text (one list to keep up to date).
function Get-Tasks {
    $text = (Get-Content -Raw $PSCommandPath)
    $description = [regex]::Match($text, '(?s)\.DESCRIPTION\r?\n(.*?)#>').Groups[1].Value
    [regex]::Matches($description, '(?m)^  (\w+)\s+(.*)$') | ForEach-Object { [pscustomobject]@{ Name = $_.Groups[1].Value; Text = $_.Groups[2].Value } }
}

$tasks = Get-Tasks
$unknown = $false
if ($tasks.Name -notcontains $Task) {
    Write-Host "unknown task '$Task'."
    $Task = 'help'
    $unknown = $true
}

switch ($Task) {
    'help' {
        Write-Output 'Usage: dotnet pwsh ./build.ps1 <task> [-Configuration Release|Debug] [arguments]'
        Write-Output ''
        Write-Output 'Tasks:'
        foreach ($t in $tasks) { Write-Output ('  {0,-8} {1}' -f $t.Name, $t.Text) }
        if ($unknown) { exit 2 }
    }
    'build' {
        Invoke-Dotnet build Pipeline.sln -c $Configuration
    }
    'test' {
        Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
        & dotnet test Pipeline.sln -c $Configuration --logger 'trx;LogFileName=results.trx' --results-directory TestResults
        $code = $LASTEXITCODE
        Write-TestSummary TestResults
        if ($code -ne 0) { exit $code }
    }
    'run' {
        Invoke-Dotnet run --project src/Pipeline.Cli -c $Configuration
    }
    'publish' {
        # For this machine's runtime, so the project publishes Native AOT (PublishAot in Pipeline.Cli.csproj; needs
        # clang or gcc): one self-contained native binary, no JIT at start-up.
        Invoke-Dotnet publish src/Pipeline.Cli -c $Configuration -r ([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier) -o artifacts/publish
    }
    'pack' {
        # A .NET tool (PackAsTool, command name `pipeline`), framework-dependent: runs wherever the .NET 10 runtime is.
        Invoke-Dotnet pack src/Pipeline.Cli -c $Configuration -o artifacts/package
        Write-Output "Install: dotnet tool install --global --add-source $(Join-Path $PSScriptRoot 'artifacts/package') Pipeline.Cli"
    }
    'bench' {
        # Benchmarks always measure Release builds, whatever -Configuration says.
        # The app as shipped: published for this runtime, Native AOT, like the container image.
        Invoke-Dotnet publish src/Pipeline.Cli -c Release -r ([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier) -o artifacts/bench-pipeline
        Invoke-Dotnet build tests/Pipeline.Benchmarks -c Release
        $pipelineArgs = if ($Rest -contains '--pipeline') { @() } else { @('--pipeline', (Join-Path $PSScriptRoot 'artifacts/bench-pipeline/pipeline')) }
        Invoke-Dotnet run --project tests/Pipeline.Benchmarks -c Release --no-build -- @pipelineArgs @Rest
    }
    'ci' {
        & $PSCommandPath build -Configuration $Configuration
        & $PSCommandPath test -Configuration $Configuration
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
}
