package vn.tdkt.demo.simulation;

import java.io.PrintStream;

/** A console progress bar: one line per stage, redrawn in place at most every 200 ms. */
public final class Progress {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;
    private String label = "";
    private long total;
    private long done;
    private long lastDraw;

    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    public synchronized void stage(String label, long total) {
        this.label = label;
        this.total = Math.max(1, total);
        this.done = 0;
        this.lastDraw = 0;
        draw(true);
    }

    public synchronized void step() {
        done++;
        draw(done >= total);
    }

    public synchronized void finish(long millis) {
        done = total;
        if (enabled) {
            out.printf("\r%s %s %d/%d (%.1f s)%n", bar(), label, total, total, millis / 1000.0);
            out.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.currentTimeMillis();
        if (!enabled || (!force && now - lastDraw < 200)) {
            return;
        }
        lastDraw = now;
        out.printf("\r%s %s %d/%d", bar(), label, Math.min(done, total), total);
        out.flush();
    }

    private String bar() {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", 100 * Math.min(done, total) / total);
    }
}
