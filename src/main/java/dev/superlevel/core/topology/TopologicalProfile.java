package dev.superlevel.core.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The topological landscape profile of a sub-level merge tree (Geniesse et al., "Visualizing Loss
 * Functions as Topological Landscape Profiles", arXiv:2411.12136, as drawn by the Landscaper package):
 * the tree laid out as a 1-D terrain in which every branch is a valley whose <b>depth is its
 * persistence</b> and whose <b>width is the number of samples in its subtree</b>.
 *
 * <p>Layout, in sample units along x and loss units along y:
 * <pre>
 *   rim ─┐                              ┌─ rim        a branch b over [left, right]:
 *        │  ┌──┐c1                     │             width = size(b) + Σ width(children)
 *        └──┘  │   ┌─┐c2 ┌──────┐      │             rim = death(b) (essential: the field's max)
 *              │   │ │   │      └──────┘             floor = birth(b), floor width = size(b)
 *              └───┘ └───┘floor                      a child c hangs at its death level d(c)
 * </pre>
 * Children are sorted by death, highest first, and dealt alternately to the left and right walls, the
 * highest outermost, so terraces step down towards the floor on both sides. Walls are vertical: the
 * floors partition [0, total], each x lies on exactly one branch's floor ({@link #branchAt}). Essential
 * branches (one per region of defined samples) sit side by side in id order.
 *
 * @param valleys one per branch, by branch id
 * @param xs      the profile polyline's abscissae, non-decreasing from 0 to {@link #total()}
 * @param ys      its ordinates (loss values)
 * @param total   the number of defined samples, the profile's width
 */
public record TopologicalProfile(List<Valley> valleys, double[] xs, double[] ys, double total) {

    /**
     * One branch's valley.
     *
     * @param branch     the merge-tree branch id
     * @param left       left end of its subtree's interval
     * @param right      right end; right − left = the subtree's sample count
     * @param rim        the level of its rim: its death, or the field's maximum for an essential branch
     * @param floor      the level of its floor: its birth (the minimum's value)
     * @param floorLeft  left end of its floor
     * @param floorRight right end; floorRight − floorLeft = its own size
     */
    public record Valley(int branch, double left, double right, double rim, double floor, double floorLeft,
            double floorRight) {

        /** rim − floor: the persistence for a finite branch. */
        public double depth() {
            return rim - floor;
        }
    }

    public TopologicalProfile {
        valleys = List.copyOf(valleys);
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    /** The branch whose floor holds x (the rightmost on a shared border), −1 outside [0, total]. */
    public int branchAt(double x) {
        if (!(x >= 0 && x <= total)) {
            return -1;
        }
        int found = -1;
        for (Valley v : valleys) {
            if (x >= v.floorLeft() && x <= v.floorRight() && v.floorRight() > v.floorLeft()) {
                found = found < 0 || v.floorLeft() >= valleys.get(found).floorLeft() ? v.branch() : found;
            }
        }
        return found;
    }

    /**
     * The profile of a sub-level merge tree.
     *
     * @throws IllegalArgumentException for a super-level tree, or one without defined samples
     */
    public static TopologicalProfile of(MergeTree tree) {
        Objects.requireNonNull(tree, "tree");
        if (tree.mode() != SetMode.SUBLEVEL) {
            throw new IllegalArgumentException("the landscape profile is drawn from the sub-level merge tree");
        }
        if (tree.branches().isEmpty()) {
            throw new IllegalArgumentException("the landscape profile needs at least one defined sample");
        }
        return new Layout(tree).build();
    }

    /** The state of one layout pass. Not thread-safe; used once. */
    private static final class Layout {
        private final List<MergeTree.Branch> branches;
        private final double top;
        private final double[] width;
        private final double[] left;
        private final List<List<Integer>> sides = new ArrayList<>();
        private final List<Double> px = new ArrayList<>();
        private final List<Double> py = new ArrayList<>();
        private final Valley[] valleys;

        Layout(MergeTree tree) {
            branches = tree.branches();
            top = tree.field().max();
            int n = branches.size();
            width = new double[n];
            left = new double[n];
            valleys = new Valley[n];
            List<List<Integer>> children = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                children.add(new ArrayList<>());
            }
            // children have higher ids than their parents: one backward pass sums subtree widths
            for (int b = n - 1; b >= 0; b--) {
                width[b] += branches.get(b).size();
                int parent = branches.get(b).parent();
                if (parent >= 0) {
                    width[parent] += width[b];
                    children.get(parent).add(b);
                }
            }
            for (int b = 0; b < n; b++) {
                sides.add(arrangeChildren(children.get(b)));
            }
        }

        /** Highest death first, dealt left, right, left, …; returned as the left-to-right order with −1 for the floor. */
        private List<Integer> arrangeChildren(List<Integer> kids) {
            List<Integer> sorted = new ArrayList<>(kids);
            sorted.sort(Comparator.comparingDouble((Integer c) -> -branches.get(c).death()).thenComparing(c -> c));
            List<Integer> leftWall = new ArrayList<>();
            List<Integer> rightWall = new ArrayList<>();
            for (int k = 0; k < sorted.size(); k++) {
                (k % 2 == 0 ? leftWall : rightWall).add(sorted.get(k));
            }
            List<Integer> order = new ArrayList<>(leftWall);
            order.add(-1);
            for (int k = rightWall.size() - 1; k >= 0; k--) {
                order.add(rightWall.get(k));
            }
            return order;
        }

        TopologicalProfile build() {
            double x = 0;
            for (MergeTree.Branch b : branches) {
                if (b.parent() < 0) {
                    left[b.id()] = x;
                    walk(b.id());
                    x += width[b.id()];
                }
            }
            double[] xs = px.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ys = py.stream().mapToDouble(Double::doubleValue).toArray();
            return new TopologicalProfile(Arrays.asList(valleys), xs, ys, x);
        }

        /** Emits the polyline of a subtree depth-first with an explicit stack (trees can be deep). */
        private void walk(int root) {
            Deque<int[]> stack = new ArrayDeque<>();
            open(root);
            stack.push(new int[] {root, 0});
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                int b = frame[0];
                List<Integer> order = sides.get(b);
                if (frame[1] == order.size()) {
                    stack.pop();
                    point(left[b] + width[b], rim(b));
                    continue;
                }
                int next = order.get(frame[1]++);
                double x = cursor();
                if (next < 0) {
                    floor(b, x);
                } else {
                    left[next] = x;
                    open(next);
                    stack.push(new int[] {next, 0});
                }
            }
        }

        private void open(int b) {
            point(left[b], rim(b));
        }

        private void floor(int b, double x) {
            MergeTree.Branch br = branches.get(b);
            double end = x + br.size();
            point(x, br.birth());
            point(end, br.birth());
            valleys[b] = new Valley(b, left[b], left[b] + width[b], rim(b), br.birth(), x, end);
        }

        private double rim(int b) {
            MergeTree.Branch br = branches.get(b);
            return br.parent() < 0 ? Math.max(top, br.birth()) : br.death();
        }

        private double cursor() {
            return px.get(px.size() - 1);
        }

        private void point(double x, double y) {
            px.add(x);
            py.add(y);
        }
    }
}
