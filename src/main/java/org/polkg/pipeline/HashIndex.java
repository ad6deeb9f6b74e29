package org.polkg.pipeline;

import java.nio.charset.StandardCharsets;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

/**
 * A compact map from article graph names to their content hashes, for skipping unchanged
 * articles without a store transaction. Both sides are kept as 64-bit fingerprints (Murmur3)
 * in an open-addressing table: about 32 bytes per article, so a million articles take 32 MB.
 * Two different contents of one article share a fingerprint with probability 2^-64; that is
 * the only way an index answers wrongly. Not thread-safe: fill it, then share it read-only, or
 * use it from one thread.
 */
public final class HashIndex {
  private static final HashFunction MURMUR = Hashing.murmur3_128();

  private long[] keys;
  private long[] values;
  private int size;

  public HashIndex() {
    this(1024);
  }

  public HashIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    values = new long[capacity];
  }

  /** Records that graph {@code graphName} holds content {@code contentHash}. */
  public void put(String graphName, String contentHash) {
    putFingerprints(key(graphName), fingerprint(contentHash));
  }

  /** Whether a graph of this name was recorded. */
  public boolean contains(String graphName) {
    return slot(key(graphName)) >= 0;
  }

  /** Whether graph {@code graphName} was recorded with content {@code contentHash}. */
  public boolean holds(String graphName, String contentHash) {
    int i = slot(key(graphName));
    return i >= 0 && values[i] == fingerprint(contentHash);
  }

  public int size() {
    return size;
  }

  private void putFingerprints(long k, long v) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) mix(k) & mask;
    while (keys[i] != 0 && keys[i] != k) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      size++;
    }
    keys[i] = k;
    values[i] = v;
  }

  /** The slot holding {@code k}, or -1. */
  private int slot(long k) {
    int mask = keys.length - 1;
    int i = (int) mix(k) & mask;
    while (keys[i] != 0) {
      if (keys[i] == k) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        putFingerprints(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The fingerprint of a graph name; never 0 (0 marks an empty slot). */
  static long key(String graphName) {
    long k = MURMUR.hashString(graphName, StandardCharsets.UTF_8).asLong();
    return k == 0 ? 1 : k;
  }

  static long fingerprint(String contentHash) {
    return MURMUR.hashString(contentHash, StandardCharsets.UTF_8).asLong();
  }

  private static long mix(long k) {
    return k ^ (k >>> 32);
  }

  @Override
  public String toString() {
    return "HashIndex[" + size + " graphs]";
  }
}
