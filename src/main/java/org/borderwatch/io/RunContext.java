package org.borderwatch.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.config.BorderwatchConf;

/**
 * Identity and settings of one job run, on the driver. The run id is derived from the job, its
 * inputs and its configuration, so re-running the same thing reproduces the same id and the same
 * tables.
 */
public record RunContext(String runId, String job, LocalDate runDate, Instant startedAt, String outRoot,
    List<String> inputs, BorderwatchConf conf) {

  public static RunContext create(String job, String outRoot, List<String> inputs, List<String> inputFingerprints,
      BorderwatchConf conf) {
    String fingerprint = Hashing.id(job, String.join("\n", inputFingerprints), conf.asMap().toString(),
        Versions.pipeline());
    return new RunContext(job + "-" + fingerprint.substring(0, 12), job, conf.runDate(), Instant.now(), outRoot,
        List.copyOf(inputs), conf);
  }
}
