#!/usr/bin/env bash
# A real one-node Slurm cluster on this machine, a committed sweep run on it as a job array, and the
# merged shards compared byte for byte with the committed outputs.
#
#   cluster/slurm/run-sweep.sh [TASKS] [NEXUS-ARGUMENTS...]
#   (default: 4 tasks of: run configs/horizon-by-proposer.yaml)
#
# It installs Debian's slurm-wlm when missing, starts slurmctld and slurmd as root with the smallest
# configuration that works (one node, auth/none, no cgroups, everything under one temporary
# directory), submits cluster/slurm/shard.sbatch with sbatch --array=0-(TASKS-1) --wait, merges the
# shards with nexus merge, and compares every merged file with the one under figures/. The daemons
# it started are stopped on every exit path. Run it as root, from anywhere in the checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
tasks=${1:-4}
shift || true
if [ "$#" -eq 0 ]; then
  set -- run configs/horizon-by-proposer.yaml
fi
export COYOTE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v slurmctld > /dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y slurm-wlm > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y slurm-wlm > /dev/null; })
fi

work=$(mktemp -d /tmp/nexus-slurm.XXXXXX)
export SLURM_CONF=$work/slurm.conf
mkdir -p "$work/state" "$work/spool" "$work/shards"
cat > "$SLURM_CONF" <<CONF
ClusterName=nexus
SlurmctldHost=$(hostname)(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/none
CredType=cred/none
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
NodeName=nexus-node NodeAddr=127.0.0.1 NodeHostname=$(hostname) CPUs=$(nproc) State=UNKNOWN
PartitionName=nexus Nodes=nexus-node Default=YES MaxTime=INFINITE State=UP
CONF

daemons=()
stop() {
  status=$?
  scancel --full --quiet --user=root 2> /dev/null || true
  kill "${daemons[@]}" 2> /dev/null || true
  for _ in $(seq 100); do
    kill -0 "${daemons[@]}" 2> /dev/null || break
    sleep 0.1
  done
  if [ "$status" -ne 0 ]; then
    echo "slurm: failed (exit $status); the daemons' logs:" >&2
    tail -n 20 "$work"/*.log >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop EXIT

echo "==> build nexus (Release)"
dotnet build experiments/Nexus.Experiments.csproj -c Release --nologo -v quiet > /dev/null

echo "==> start a one-node Slurm cluster (slurmctld, slurmd)"
slurmctld -i
slurmd -N nexus-node
for daemon in slurmctld slurmd; do
  for _ in $(seq 50); do
    [ -s "$work/$daemon.pid" ] && break
    sleep 0.1
  done
  daemons+=("$(cat "$work/$daemon.pid")")
done
for _ in $(seq 60); do
  state=$(sinfo --noheader --nodes=nexus-node --format=%t 2> /dev/null || true)
  if [ "$state" = idle ]; then
    break
  fi
  sleep 1
done
if [ "$state" != idle ]; then
  echo "slurm: the node did not come up (state '$state')" >&2
  exit 1
fi
sinfo

echo "==> sbatch --array=0-$((tasks - 1)): nexus $* --shard i/$tasks"
export NEXUS_SHARDS=$work/shards
sbatch --wait --array=0-$((tasks - 1)) --chdir="$PWD" --output="$work/task-%a.log" cluster/slurm/shard.sbatch "$@"
for log in "$work"/task-*.log; do
  echo "$(basename "$log" .log): $(tail -n 1 "$log")"
done

echo "==> merge the $tasks shards and compare with figures/"
dotnet experiments/bin/Release/net10.0/nexus.dll merge "$work/merged" "$work"/shards/* > /dev/null
different=0
for merged in "$work"/merged/*; do
  name=$(basename "$merged")
  if cmp -s "$merged" "figures/$name"; then
    echo "same bytes: figures/$name"
  else
    echo "DIFFERS: figures/$name" >&2
    different=1
  fi
done
if [ "$different" -ne 0 ]; then
  exit 1
fi
echo "slurm: $tasks array tasks, merged outputs byte-identical to the committed ones"
