package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.vigil.crawl.SourceConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    private static List<SourceConfig> sources(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new SourceConfig("Outlet " + i,
                List.of("https://outlet" + i + ".example.org/feed.xml"), List.of(), List.of(),
                List.of("outlet" + i + ".example.org"), null, null)).toList();
    }

    @Test
    void theShardsOfAJobPartitionItsSources() {
        List<SourceConfig> all = sources(40);
        List<SourceConfig> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<SourceConfig> share = new Shard(i, 3).select(all);
            assertThat(share).as("shard %d/3", i).isNotEmpty();
            assertThat(seen).as("shard %d/3", i).noneMatch(share::contains);
            seen.addAll(share);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(Shard.ALL.select(all)).isEqualTo(all);
    }

    @Test
    void aSourceGoesWhereItsNamesCrc32Says() {
        // CRC-32 of "Outlet 1" is 0x7CE4C61A = 2095367706, 2095367706 mod 3 = 0: shard 1/3, on every host.
        SourceConfig one = sources(1).get(0);
        assertThat(new Shard(1, 3).owns(one)).isTrue();
        assertThat(new Shard(2, 3).owns(one)).isFalse();
        assertThat(new Shard(3, 3).owns(one)).isFalse();
    }

    @Test
    void parsesAndRefusesBadShards() {
        assertThat(Shard.parse(" 2/3 ")).isEqualTo(new Shard(2, 3));
        assertThat(Shard.parse("1/1").isAll()).isTrue();
        assertThatThrownBy(() -> Shard.parse("0/3")).hasMessage("shard must be i/n with 1 <= i <= n, got 0/3");
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("got 4/3");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessage("shard must be i/n (e.g. 2/3), got 'two'");
    }
}
