#!/usr/bin/env bash
# The one entry point of a sweep's shard on a cluster: runs
#   nexus ARGS... --shard i/n --output-dir $NEXUS_SHARDS/i
# where i and n come from the scheduler: Slurm job arrays set SLURM_ARRAY_TASK_ID and
# SLURM_ARRAY_TASK_COUNT; Kubernetes Indexed Jobs set JOB_COMPLETION_INDEX, and the Job sets
# NEXUS_SHARD_COUNT to its completions. Run it from the repository's root, with nexus built in
# Release (dotnet build experiments -c Release). Join the shards with: nexus merge OUTPUT_DIR $NEXUS_SHARDS/*
set -euo pipefail
: "${NEXUS_SHARDS:?set NEXUS_SHARDS to the directory the shards write into}"
index="${SLURM_ARRAY_TASK_ID:-${JOB_COMPLETION_INDEX:?no shard index: run as a Slurm array task or a Kubernetes Indexed Job}}"
count="${SLURM_ARRAY_TASK_COUNT:-${NEXUS_SHARD_COUNT:?set NEXUS_SHARD_COUNT to the completions of the Indexed Job}}"
exec dotnet experiments/bin/Release/net10.0/nexus.dll "$@" --shard "$index/$count" --output-dir "$NEXUS_SHARDS/$index"
