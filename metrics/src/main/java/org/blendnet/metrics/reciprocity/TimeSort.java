package org.blendnet.metrics.reciprocity;

/**
 * Sorts a range of record numbers by (time, record number), the time held in primitive columns: an
 * insertion sort for short ranges, a merge sort above. Stable, O(g log g) for a range of g. Stateless.
 */
final class TimeSort {

  private static final int INSERTION_LIMIT = 24;

  private TimeSort() {}

  static void sort(int[] a, int from, int to, long[] second, int[] nano) {
    if (to - from <= INSERTION_LIMIT) {
      insertion(a, from, to, second, nano);
      return;
    }
    int[] buffer = new int[to - from];
    mergeSort(a, from, to, second, nano, buffer);
  }

  private static boolean before(int x, int y, long[] second, int[] nano) {
    if (second[x] != second[y]) {
      return second[x] < second[y];
    }
    if (nano[x] != nano[y]) {
      return nano[x] < nano[y];
    }
    return x < y;
  }

  private static void insertion(int[] a, int from, int to, long[] second, int[] nano) {
    for (int i = from + 1; i < to; i++) {
      int v = a[i];
      int j = i - 1;
      while (j >= from && before(v, a[j], second, nano)) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void mergeSort(int[] a, int from, int to, long[] second, int[] nano, int[] buffer) {
    if (to - from <= INSERTION_LIMIT) {
      insertion(a, from, to, second, nano);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, from, mid, second, nano, buffer);
    mergeSort(a, mid, to, second, nano, buffer);
    if (!before(a[mid], a[mid - 1], second, nano)) {
      return;
    }
    int len = mid - from;
    System.arraycopy(a, from, buffer, 0, len);
    int i = 0;
    int j = mid;
    int k = from;
    while (i < len && j < to) {
      a[k++] = before(a[j], buffer[i], second, nano) ? a[j++] : buffer[i++];
    }
    while (i < len) {
      a[k++] = buffer[i++];
    }
  }
}
