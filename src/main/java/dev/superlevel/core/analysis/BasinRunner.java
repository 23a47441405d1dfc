package dev.superlevel.core.analysis;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.core.topology.MergeTree;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Basins of attraction (issue 14): one run of a configuration from every start of a {@link Lattice},
 * each end point named by the sub-level merge-tree branch that holds it ({@link MergeTree#basinAt}, the
 * nearest grid node's basin; see {@link MergeTree} for the flooding definition).
 *
 * <p>Each start runs {@link TrajectoryRunner} exactly as {@code trajectory} would (same config with the
 * start replaced, so noise uses the config's seed for every start). Runs are independent and their
 * outcomes are stored by start index, so the result is the same for any thread count. Status:
 * {@link EndStatus#DIVERGED} if the run stopped early, {@link EndStatus#LEFT_DOMAIN} if its end point is
 * outside the lattice's view or it walked off a surface file's grid, {@link EndStatus#CONVERGED} if ‖∇L(end)‖ ≤ {@code gradientTolerance},
 * else {@link EndStatus#NOT_CONVERGED}; the basin is −1 for the first two.
 *
 * <p>Cancellation is checked before every start and inside every run; a cancelled computation throws
 * {@link CancelledException} and returns nothing. Stateless and thread-safe.
 */
public final class BasinRunner {

    private BasinRunner() {
    }

    /**
     * @param threads           worker threads, ≥ 1 (1 runs on the caller's thread)
     * @param gradientTolerance the ‖∇L‖ at the end point below which a run counts as converged
     * @param progress          receives the number of finished starts, from the worker threads
     * @throws CancelledException if {@code cancel} is set meanwhile
     */
    public static BasinMap run(LossFunction loss, RunConfig config, Lattice lattice, MergeTree tree,
            double gradientTolerance, int threads, Cancellation cancel, IntConsumer progress) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(tree, "tree");
        if (!(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("gradient tolerance must be ≥ 0, got " + gradientTolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        BasinOutcome[] out = new BasinOutcome[lattice.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < out.length; k = next.getAndIncrement()) {
                cancel.check();
                out[k] = runOne(loss, config, lattice, tree, gradientTolerance, k, cancel);
                progress.accept(done.incrementAndGet());
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            runOnThreads(worker, threads);
        }
        return new BasinMap(lattice, config, tree, Arrays.asList(out));
    }

    private static void runOnThreads(Runnable worker, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "basins");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcome of the run from start k. */
    static BasinOutcome runOne(LossFunction loss, RunConfig config, Lattice lattice, MergeTree tree,
            double gradientTolerance, int k, Cancellation cancel) {
        double x0 = lattice.x(k);
        double y0 = lattice.y(k);
        Trajectory t = TrajectoryRunner.run(loss, config.withStart(x0, y0), cancel);
        if (t.status() == RunStatus.CANCELLED) {
            throw new CancelledException();
        }
        TrajectoryStep last = t.last();
        if (last == null) {
            EndStatus none = t.status() == RunStatus.LEFT_SURFACE ? EndStatus.LEFT_DOMAIN : EndStatus.DIVERGED;
            return new BasinOutcome(x0, y0, x0, y0, Double.NaN, 0, none, -1);
        }
        EndStatus status;
        if (t.status() == RunStatus.LEFT_SURFACE) {
            status = EndStatus.LEFT_DOMAIN; // a surface file's grid is its domain: the run walked off it
        } else if (t.status() != RunStatus.COMPLETED) {
            status = EndStatus.DIVERGED;
        } else if (!lattice.domain().contains(last.x(), last.y())) {
            status = EndStatus.LEFT_DOMAIN;
        } else {
            status = last.gradNorm() <= gradientTolerance ? EndStatus.CONVERGED : EndStatus.NOT_CONVERGED;
        }
        int basin = status == EndStatus.DIVERGED || status == EndStatus.LEFT_DOMAIN ? -1
                : tree.basinAt(last.x(), last.y());
        return new BasinOutcome(x0, y0, last.x(), last.y(), last.loss(), last.step(), status, basin);
    }
}
