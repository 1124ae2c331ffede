package org.blendnet.metrics.reciprocity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.internal.Format;

/**
 * A {@link ReciprocityLedger} per window, from {@link ReciprocityLedger#byWindow}: the input of the
 * measures over time ({@link ProfileTransitions}, {@link Overload}).
 *
 * @implNote Thread-safe: immutable.
 * @param windows the windows
 * @param ledgers one ledger per window, in window order
 * @since 0.1
 */
public record LedgerSeries(TimeWindows windows, List<ReciprocityLedger> ledgers) {

  /**
   * Creates a series.
   *
   * @throws IllegalArgumentException if there is not one ledger per window, each covering its window,
   *     all over the same members
   */
  public LedgerSeries {
    Objects.requireNonNull(windows, "windows");
    ledgers = List.copyOf(Objects.requireNonNull(ledgers, "ledgers"));
    if (ledgers.size() != windows.size()) {
      throw new IllegalArgumentException(
          "ledgers must hold one ledger per window (" + windows.size() + ") but held " + ledgers.size());
    }
    for (int i = 0; i < ledgers.size(); i++) {
      ReciprocityLedger l = ledgers.get(i);
      if (!l.window().equals(Optional.of(windows.get(i)))) {
        throw new IllegalArgumentException("ledger " + i + " covers " + l.window().map(Object::toString)
            .orElse("all time") + " but window " + i + " is " + windows.get(i));
      }
      if (l.size() != ledgers.get(0).size()) {
        throw new IllegalArgumentException("ledger " + i + " has " + l.size() + " members but ledger 0 has "
            + ledgers.get(0).size());
      }
    }
  }

  /** The number of windows. */
  public int size() {
    return ledgers.size();
  }

  /**
   * The ledger of window {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
   */
  public ReciprocityLedger get(int i) {
    return ledgers.get(i);
  }

  /**
   * The ledger of all the windows together, covering {@link TimeWindows#span()} (not all time: acts
   * outside the windows are not in it).
   */
  public ReciprocityLedger total() {
    return ReciprocityLedger.sum(ledgers, windows.span());
  }

  /** {@code LedgerSeries[TimeWindows[…], G per window=[12, 30.5, …]]}. */
  @Override
  public String toString() {
    return "LedgerSeries[" + windows + ", G per window="
        + Format.capped(ledgers.stream().map(l -> Format.amount(l.totalGiven())).toList()) + "]";
  }
}
