package org.borderwatch.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run did, written to {@code _runs/<run_id>.json} under the output root: inputs,
 * configuration, versions, and per stage the counts in and out, rejects by reason and timings.
 * Built on the driver as stages finish; serialised with Jackson as plain maps and lists.
 */
public final class RunManifest {
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final List<Map<String, Object>> stages = new ArrayList<>();

  public RunManifest(RunContext run) {
    root.put("run_id", run.runId());
    root.put("job", run.job());
    root.put("started_at", run.startedAt().toString());
    root.put("run_date", run.runDate().toString());
    root.put("output", run.outRoot());
    root.put("inputs", run.inputs());
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("borderwatch", Versions.pipeline());
    versions.put("spark_nlp", Versions.sparkNlp());
    versions.put("java", System.getProperty("java.version"));
    root.put("versions", versions);
    root.put("configuration", run.conf().asMap());
    root.put("stages", stages);
  }

  public void putVersion(String component, String version) {
    @SuppressWarnings("unchecked")
    Map<String, String> versions = (Map<String, String>) root.get("versions");
    versions.put(component, version);
  }

  /** Records a finished stage; {@code counts} keep their insertion order in the JSON. */
  public void addStage(String stage, Map<String, Long> counts, Map<String, Long> rejectsByReason, double seconds) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("stage", stage);
    s.put("counts", new LinkedHashMap<>(counts));
    s.put("rejects_by_reason", new LinkedHashMap<>(rejectsByReason));
    s.put("seconds", Math.round(seconds * 1000) / 1000.0);
    stages.add(s);
  }

  public void put(String key, Object value) {
    root.put(key, value);
  }

  public Map<String, Object> finish() {
    root.put("finished_at", Instant.now().toString());
    return root;
  }

  public List<Map<String, Object>> stages() {
    return stages;
  }
}
