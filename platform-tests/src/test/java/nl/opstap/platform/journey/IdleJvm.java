package nl.opstap.platform.journey;

/** The footprint benchmark's baseline: a JVM that says it is up and then idles, as a service does between requests. */
public final class IdleJvm {

    private IdleJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
