package org.borderwatch.geo;

/**
 * Sorts an int array of entry numbers by a comparison of the entries, without boxing: three-way quicksort (many
 * names repeat), insertion sort on short ranges, recursion on the smaller side only.
 */
final class IndexSort {
  /** Orders two entries by number. */
  interface EntryOrder {
    int compare(int a, int b);
  }

  private static final int INSERTION = 16;

  private IndexSort() {}

  static void sort(int[] a, EntryOrder order) {
    sort(a, 0, a.length - 1, order);
  }

  private static void sort(int[] a, int lo, int hi, EntryOrder order) {
    while (hi - lo >= INSERTION) {
      int pivot = a[median(a, lo, lo + ((hi - lo) >>> 1), hi, order)];
      // a[lo..lt) < pivot, a[lt..i) == pivot, a(gt..hi] > pivot
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        int c = order.compare(a[i], pivot);
        if (c < 0) {
          swap(a, lt++, i++);
        } else if (c > 0) {
          swap(a, i, gt--);
        } else {
          i++;
        }
      }
      if (lt - lo < hi - gt) {
        sort(a, lo, lt - 1, order);
        lo = gt + 1;
      } else {
        sort(a, gt + 1, hi, order);
        hi = lt - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      int v = a[i];
      int j = i - 1;
      while (j >= lo && order.compare(a[j], v) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static int median(int[] a, int i, int j, int k, EntryOrder order) {
    boolean ij = order.compare(a[i], a[j]) < 0;
    boolean jk = order.compare(a[j], a[k]) < 0;
    boolean ik = order.compare(a[i], a[k]) < 0;
    if (ij == jk) {
      return j;
    }
    return ij == ik ? k : i;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
