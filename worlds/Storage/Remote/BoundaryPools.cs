namespace Nexus.Worlds.Storage.Remote;

/// <summary>One boundary's pools of call objects, one per call type, found by a slot number each call
/// type takes once: an array index, not a lookup. A boundary belongs to one runtime, so its pools are
/// only ever touched by the thread running that runtime's loop.</summary>
internal sealed class BoundaryPools
{
    private static int s_slots;
    private object?[] _pools = new object?[8];

    /// <summary>A slot number no other call type has.</summary>
    public static int NextSlot() => Interlocked.Increment(ref s_slots) - 1;

    /// <summary>The pool in <paramref name="slot"/>, made on first use.</summary>
    public Stack<TCall> Get<TCall>(int slot)
    {
        if (slot >= _pools.Length)
        {
            Array.Resize(ref _pools, Math.Max(slot + 1, _pools.Length * 2));
        }
        return (Stack<TCall>)(_pools[slot] ??= new Stack<TCall>());
    }
}
