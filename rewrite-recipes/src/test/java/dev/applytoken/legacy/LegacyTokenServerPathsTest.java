package dev.applytoken.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyTokenServerPathsTest {

    private static PathMention.Placement placementOf(String text) {
        List<PathMention> paths = LegacyTokenServer.findPaths(text);
        assertThat(paths).as(text).hasSize(1);
        return paths.get(0).placement();
    }

    @Test
    void pathAfterLegacyHostIsLegacyShaped() {
        assertThat(placementOf("https://mqauth.aliyuncs.com/token/apply")).isEqualTo(PathMention.Placement.LEGACY_SHAPED);
    }

    @Test
    void barePathIsLegacyShaped() {
        assertThat(placementOf("\"/token/revoke\"")).isEqualTo(PathMention.Placement.LEGACY_SHAPED);
    }

    @Test
    void pathAfterPlaceholderIsLegacyShaped() {
        assertThat(placementOf("f\"{base}/token/query\"")).isEqualTo(PathMention.Placement.LEGACY_SHAPED);
        assertThat(placementOf("\"${TOKEN_URL}/token/apply\"")).isEqualTo(PathMention.Placement.LEGACY_SHAPED);
        assertThat(placementOf(LegacyTokenServer.UNKNOWN + "/token/apply")).isEqualTo(PathMention.Placement.LEGACY_SHAPED);
    }

    @Test
    void pathAfterOtherHostIsForeign() {
        List<PathMention> paths = LegacyTokenServer.findPaths("https://auth.example.com/token/apply");

        assertThat(paths.get(0).placement()).isEqualTo(PathMention.Placement.FOREIGN_HOST);
        assertThat(paths.get(0).foreignHost()).isEqualTo("auth.example.com");
    }

    @Test
    void pathBelowOtherSegmentsIsNested() {
        assertThat(placementOf("\"/lending/token/apply\"")).isEqualTo(PathMention.Placement.NESTED);
        assertThat(placementOf("https://api.example.com/v2/token/apply")).isEqualTo(PathMention.Placement.NESTED);
    }

    @Test
    void longerSegmentIsNoPath() {
        assertThat(LegacyTokenServer.findPaths("/token/applyForCoupon")).isEmpty();
    }

    @Test
    void formParametersKeepLiteralValues() {
        assertThat(LegacyTokenServer.findFormParameters("actions=R&serviceName=mq&expireTime=" + LegacyTokenServer.UNKNOWN))
                .containsExactly("actions=R", "serviceName=mq", "expireTime");
    }

    @Test
    void hostMatchesAnyCaseAndSingapore() {
        assertThat(LegacyTokenServer.findHost("https://Mqauth.aliyuncs.com")).contains("Mqauth.aliyuncs.com");
        assertThat(LegacyTokenServer.findHost("mqauth.ap-southeast-1.aliyuncs.com:443"))
                .contains("mqauth.ap-southeast-1.aliyuncs.com");
        assertThat(LegacyTokenServer.findHost("onsmqtt.cn-hangzhou.aliyuncs.com")).isEmpty();
    }
}
