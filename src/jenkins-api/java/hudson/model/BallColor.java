package hudson.model;

/** Compile-only copy: the status colours of builds and jobs. */
public enum BallColor implements StatusIcon {
    RED, RED_ANIME, YELLOW, YELLOW_ANIME, BLUE, BLUE_ANIME, GREY, GREY_ANIME,
    DISABLED, DISABLED_ANIME, ABORTED, ABORTED_ANIME, NOTBUILT, NOTBUILT_ANIME;

    public String getIconName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getIconClassName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getImageOf(String size) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public BallColor anime() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public BallColor noAnime() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isAnimated() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
