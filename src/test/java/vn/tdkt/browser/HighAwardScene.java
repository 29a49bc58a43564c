package vn.tdkt.browser;

/** A scene of {@link YearWalkthroughBrowserTest}; see there. */
final class HighAwardScene {

    private HighAwardScene() { }

    static void run(Scene scene) {
        throw new AssertionError("scene not written yet");
    }
}
