package org.vigil.cli;

import org.vigil.crawl.SourceConfig;
import org.vigil.job.JobDefinition;
import org.vigil.job.Shard;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options every job command takes. */
public class JobOptions {

    @Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/nightly.yml",
            description = "Job file (default: ${DEFAULT-VALUE}).")
    Path job;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "Home folder: archive/ and output/ live here (default: current folder).")
    Path home;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = {"Catalog and job repository, e.g. jdbc:postgresql://db.example.org/vigil?user=vigil "
                    + "(default: spring.datasource.url from HOME/vigil.properties or the environment, "
                    + "else the embedded H2 file archive/catalog)."})
    String db;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Harvest only the sources whose name hashes to share i of n (hosts sharing one catalog).")
    String shard;

    /** The job as this host runs it: all its sources, or the share {@code --shard} names. */
    JobDefinition shardOf(JobDefinition job) {
        if (shard == null) {
            return job;
        }
        Shard share = Shard.parse(shard);
        List<SourceConfig> sources = share.select(job.sources());
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("--shard " + share + " gets none of the " + job.sources().size()
                    + " sources of " + job.file() + "; use fewer shards");
        }
        return job.withSources(sources);
    }
}
