package org.borderwatch.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Shape of a standalone cluster on this machine: the Master's ports and the Workers' size. Every
 * daemon binds to {@link StandaloneCluster#HOST} only.
 */
public record ClusterSettings(int port, int webUiPort, int workers, int coresPerWorker, String workerMemory) {
  public static final int DEFAULT_PORT = 7077;
  public static final int DEFAULT_WEB_UI_PORT = 8080;

  public ClusterSettings {
    if (workers < 1 || coresPerWorker < 1) {
      throw new IllegalArgumentException("a cluster needs at least one worker with one core; got " + workers
          + " workers with " + coresPerWorker + " cores");
    }
  }

  /** Settings on ports that are free right now, for clusters that must not collide with others (tests). */
  public static ClusterSettings onFreePorts(int workers, int coresPerWorker, String workerMemory) {
    return new ClusterSettings(freePort(), freePort(), workers, coresPerWorker, workerMemory);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(StandaloneCluster.HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + StandaloneCluster.HOST, e);
    }
  }
}
