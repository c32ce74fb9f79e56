namespace Pipeline.Core.Normalizing;

/// <summary>A fixed set of non-zero 64-bit keys numbered in the order given, looked up by multiplicative hashing into an
/// open-addressed table at most a quarter full: the language guess asks it about every short word of its sample, and
/// most are no key, which the first empty slot tells.</summary>
internal sealed class NumberedKeys
{
    private readonly ulong[] keys;
    private readonly int[] numbers;
    private readonly int shift;

    public NumberedKeys(IReadOnlyList<ulong> ordered)
    {
        var bits = 2;
        while (1 << bits < ordered.Count * 4)
            bits++;
        keys = new ulong[1 << bits];
        numbers = new int[1 << bits];
        shift = 64 - bits;
        for (var number = 0; number < ordered.Count; number++)
        {
            var key = ordered[number];
            if (key == 0 || NumberOf(key) >= 0)
                throw new ArgumentException($"key {key} is zero or given twice", nameof(ordered));
            var slot = SlotOf(key);
            while (keys[slot] != 0)
                slot = (slot + 1) & (keys.Length - 1);
            keys[slot] = key;
            numbers[slot] = number;
        }

        Count = ordered.Count;
    }

    public int Count { get; }

    /// <summary>The number of <paramref name="key"/>, or -1 when it is not one of the keys.</summary>
    public int NumberOf(ulong key)
    {
        for (var slot = SlotOf(key); ; slot = (slot + 1) & (keys.Length - 1))
        {
            var found = keys[slot];
            if (found == key)
                return numbers[slot];
            if (found == 0)
                return -1;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
