package dev.superlevel.io;

import java.nio.file.Path;

/**
 * A process for {@link AtomicFilesTest}: starts an atomic write that never finishes, says so on stdout
 * and waits to be killed. Not a test.
 */
public final class AtomicFilesShutdownProbe {

    private AtomicFilesShutdownProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[4096]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
