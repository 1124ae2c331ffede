package org.blendnet.core;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, at most once, safely published to every thread (double-checked locking
 * on a private lock). Lets an immutable {@link Network} defer building indexes nobody asks for.
 */
final class Lazy<T> {

  private final Object lock = new Object();
  private @Nullable Supplier<T> supplier;
  private volatile @Nullable T value;

  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  T get() {
    T v = value;
    if (v == null) {
      synchronized (lock) {
        v = value;
        if (v == null) {
          Supplier<T> s = supplier;
          if (s == null) {
            throw new IllegalStateException("lazy value lost its supplier");
          }
          v = s.get();
          value = v;
          supplier = null;
        }
      }
    }
    return v;
  }
}
