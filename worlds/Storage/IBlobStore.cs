namespace Nexus.Worlds.Storage;

/// <summary>A store of byte blobs. Bytes are copied in and out: a caller never shares a buffer with the store.</summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there.</summary>
    ValueTask<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content);

    /// <summary>A copy of the blob under <paramref name="key"/>, or null when absent.</summary>
    ValueTask<StoreResult<byte[]?>> GetAsync(string key);

    /// <summary>Removes the blob; succeeds when it is already absent.</summary>
    ValueTask<StoreResult> DeleteAsync(string key);

    /// <summary>Every key starting with <paramref name="prefix"/>, in ordinal order.</summary>
    ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix);
}
