package org.polkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compact graph-name to content-hash index. */
class HashIndexTest {
  @Test
  void holdsWhatWasPutAndGrows() {
    HashIndex index = new HashIndex(4);
    for (int i = 0; i < 10_000; i++) {
      index.put("https://w3id.org/polkg/id/article/" + i, "sha256:" + i);
    }
    assertEquals(10_000, index.size());
    for (int i = 0; i < 10_000; i += 7) {
      String g = "https://w3id.org/polkg/id/article/" + i;
      assertTrue(index.contains(g));
      assertTrue(index.holds(g, "sha256:" + i));
      assertFalse(index.holds(g, "sha256:" + (i + 1)));
    }
    assertFalse(index.contains("https://w3id.org/polkg/id/article/x"));
  }

  @Test
  void laterPutReplaces() {
    HashIndex index = new HashIndex();
    index.put("g", "a");
    index.put("g", "b");
    assertEquals(1, index.size());
    assertTrue(index.holds("g", "b"));
    assertFalse(index.holds("g", "a"));
  }
}
