package io.jenkins.plugins.deploymentsop.dora;

/**
 * Turns commit ids into 64-bit keys so that "was this commit deployed before?" needs no strings in memory. A Git id
 * (at least 16 hex digits) uses its first 64 bits, which Git already made unique; any other id is hashed. A collision
 * would only make one commit look deployed before; docs/dora.md states the odds.
 */
final class CommitKeys {
    private static final int HEX_DIGITS = 16;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CommitKeys() {}

    static long key(final String commitId) {
        if (commitId.length() >= HEX_DIGITS && isHex(commitId)) {
            return Long.parseUnsignedLong(commitId.substring(0, HEX_DIGITS), 16);
        }
        long hash = FNV_OFFSET;
        for (int i = 0; i < commitId.length(); i++) {
            hash ^= commitId.charAt(i);
            hash *= FNV_PRIME;
        }
        return mix(hash);
    }

    /**
     * Combines a commit key with a service/environment number, for the per-group "deployed before" set.
     *
     * @param key the commit key
     * @param group the group number
     * @return the combined key
     */
    static long withGroup(final long key, final int group) {
        return mix(key ^ ((group + 1L) * GOLDEN));
    }

    /** The splitmix64 finaliser: spreads bits so that linear probing sees no clusters. */
    static long mix(final long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static boolean isHex(final String text) {
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
