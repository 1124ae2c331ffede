package org.blendnet.graph.internal;

import java.util.Arrays;
import org.blendnet.graph.SocialGraph;

/**
 * A depth-first spanning forest of a graph with its bridges: the preorder number and subtree size of
 * every node, so that a subtree is the preorder interval {@code [preorder(c), preorder(c) + subtreeSize(c))}
 * and a component the interval of its root; and every tie that is a bridge (its removal disconnects its
 * two ends).
 *
 * <p>Bridges by Tarjan's low-link method (R. E. Tarjan, "A note on finding the bridges of a graph",
 * Information Processing Letters 2(6) (1974) 160–161, doi:10.1016/0020-0190(74)90003-9): in a depth-first
 * forest, the tree tie from {@code p} to its child {@code c} is a bridge exactly when no tie from
 * {@code c}'s subtree reaches above {@code c}, i.e. {@code low(c) > preorder(p)}, where {@code low(v)} is
 * the smallest preorder number reachable from {@code v}'s subtree by one non-tree tie. Iterative: the
 * recursion is replaced by an explicit stack of nodes and a per-node cursor into its half-edges, so the
 * depth of the search (up to the number of nodes, on a path) never touches the thread stack.
 *
 * <p>O(n + m) time; eight {@code int} arrays of n while it runs, five kept. Roots are taken in ascending
 * node order and neighbours in the graph's (ascending) order, so the forest is the same on every run. A
 * {@link SocialGraph} has no self-loops and no parallel ties, so the tie back to a node's parent can be
 * recognised by its target. Internal to the graph module. Thread-safe once built (immutable).
 */
public final class DepthFirstForest {

  private final int[] preorder;
  private final int[] order;
  private final int[] subtreeSize;
  private final int[] parent;
  private final int[] root;
  private final int[] bridgeChildren;

  private DepthFirstForest(int[] preorder, int[] order, int[] subtreeSize, int[] parent, int[] root,
      int[] bridgeChildren) {
    this.preorder = preorder;
    this.order = order;
    this.subtreeSize = subtreeSize;
    this.parent = parent;
    this.root = root;
    this.bridgeChildren = bridgeChildren;
  }

  /** Searches the whole graph. O(n + m). */
  public static DepthFirstForest of(SocialGraph graph) {
    int n = graph.nodeCount();
    int[] preorder = new int[n];
    int[] order = new int[n];
    int[] size = new int[n];
    int[] parent = new int[n];
    int[] root = new int[n];
    int[] low = new int[n];
    int[] cursor = new int[n];
    int[] stack = new int[n];
    int[] bridges = new int[Math.max(0, n - 1)];
    int bridgeCount = 0;
    Arrays.fill(preorder, -1);
    int time = 0;
    for (int r = 0; r < n; r++) {
      if (preorder[r] >= 0) {
        continue;
      }
      int top = 0;
      stack[0] = r;
      parent[r] = -1;
      root[r] = r;
      preorder[r] = time;
      low[r] = time;
      order[time++] = r;
      cursor[r] = graph.edgeStart(r);
      size[r] = 1;
      while (top >= 0) {
        int u = stack[top];
        if (cursor[u] < graph.edgeEnd(u)) {
          int v = graph.target(cursor[u]++);
          if (preorder[v] < 0) {
            parent[v] = u;
            root[v] = r;
            preorder[v] = time;
            low[v] = time;
            order[time++] = v;
            cursor[v] = graph.edgeStart(v);
            size[v] = 1;
            stack[++top] = v;
          } else if (v != parent[u] && preorder[v] < low[u]) {
            low[u] = preorder[v];
          }
        } else {
          top--;
          int p = parent[u];
          if (p >= 0) {
            size[p] += size[u];
            if (low[u] < low[p]) {
              low[p] = low[u];
            }
            if (low[u] > preorder[p]) {
              bridges[bridgeCount++] = u;
            }
          }
        }
      }
    }
    int[] bridgeChildren = Arrays.copyOf(bridges, bridgeCount);
    Arrays.sort(bridgeChildren);
    return new DepthFirstForest(preorder, order, size, parent, root, bridgeChildren);
  }

  /** The number of nodes. */
  public int nodeCount() {
    return preorder.length;
  }

  /** The position of {@code node} in the search's preorder. */
  public int preorder(int node) {
    return preorder[node];
  }

  /** The node at position {@code index} of the preorder. */
  public int nodeAt(int index) {
    return order[index];
  }

  /** The number of nodes in {@code node}'s subtree, itself included. */
  public int subtreeSize(int node) {
    return subtreeSize[node];
  }

  /** The parent of {@code node} in the forest, or -1 for a root. */
  public int parent(int node) {
    return parent[node];
  }

  /** The root of {@code node}'s tree: the smallest node of its component. */
  public int root(int node) {
    return root[node];
  }

  /** The number of nodes in {@code node}'s component. */
  public int componentSize(int node) {
    return subtreeSize[root[node]];
  }

  /** The number of bridges. */
  public int bridgeCount() {
    return bridgeChildren.length;
  }

  /**
   * The child end of the {@code i}-th bridge: the bridge joins it to its {@linkplain #parent(int) parent}.
   * Bridges are ordered by child node.
   */
  public int bridgeChild(int i) {
    return bridgeChildren[i];
  }
}
