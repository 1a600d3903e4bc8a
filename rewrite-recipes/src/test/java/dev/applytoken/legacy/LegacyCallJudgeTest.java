package dev.applytoken.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyCallJudgeTest {

    private static RequestSite javaSite() {
        return new RequestSite(RequestSite.Kind.JAVA_REQUEST, "java");
    }

    @Test
    void hostAndPathIsHighApply() {
        RequestSite site = javaSite()
                .addHost("legacy host in \"https://mqauth.aliyuncs.com\" (line 3)")
                .addPath(Operation.APPLY, "path /token/apply (line 9)");

        List<Verdict> verdicts = LegacyCallJudge.judge(site);

        assertThat(verdicts).hasSize(1);
        assertThat(verdicts.get(0).operation()).isEqualTo(Operation.APPLY);
        assertThat(verdicts.get(0).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(verdicts.get(0).migration()).isEqualTo(Migration.AUTO);
        assertThat(verdicts.get(0).evidence()).contains("path /token/apply (line 9)");
    }

    @Test
    void hostWithoutPathIsReference() {
        List<Verdict> verdicts = LegacyCallJudge.judge(javaSite().addHost("legacy host in field URL (line 3)"));

        assertThat(verdicts).extracting(Verdict::operation).containsExactly(Operation.REFERENCE);
        assertThat(verdicts.get(0).migration()).isEqualTo(Migration.MANUAL);
    }

    @Test
    void barePathNeedsRequestAndMqttContext() {
        RequestSite withoutContext = javaSite()
                .addPath(Operation.APPLY, "path /token/apply (line 9)")
                .setOutgoingRequest("sends a request with post(...) (line 9)");

        assertThat(LegacyCallJudge.judge(withoutContext)).isEmpty();

        withoutContext.setMqttContext("MQTT context: \"MqttClient\"");
        List<Verdict> verdicts = LegacyCallJudge.judge(withoutContext);
        assertThat(verdicts).extracting(Verdict::confidence).containsExactly(Confidence.MEDIUM);
    }

    @Test
    void fourSignatureParametersInARequestAreStrong() {
        RequestSite site = javaSite()
                .addParameter("resources").addParameter("actions").addParameter("serviceName=mq")
                .addParameter("expireTime")
                .setOutgoingRequest("sends a request with new HttpPost(...) (line 20)");

        List<Verdict> verdicts = LegacyCallJudge.judge(site);

        assertThat(verdicts).extracting(Verdict::operation).containsExactly(Operation.APPLY);
        assertThat(verdicts.get(0).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(verdicts.get(0).evidence()).contains("sends parameters resources, actions, serviceName=mq, expireTime");
    }

    @Test
    void threeSignatureParametersAreNotEnough() {
        RequestSite site = javaSite()
                .addParameter("signature").addParameter("instanceId").addParameter("expireTime")
                .setOutgoingRequest("sends a request with new HttpPost(...) (line 20)");

        assertThat(LegacyCallJudge.judge(site)).isEmpty();
    }

    @Test
    void otherServiceNameDoesNotCount() {
        RequestSite site = javaSite()
                .addParameter("resources").addParameter("actions").addParameter("serviceName=billing")
                .addParameter("expireTime")
                .setOutgoingRequest("sends a request with new HttpPost(...) (line 20)");

        assertThat(LegacyCallJudge.judge(site)).isEmpty();
    }

    @Test
    void routeDeclarationIsNeverAFinding() {
        RequestSite site = javaSite()
                .addHost("legacy host in \"https://mqauth.aliyuncs.com\" (line 3)")
                .addPath(Operation.APPLY, "path /token/apply (line 9)")
                .setRouteDeclaration("route declaration on line 9");

        assertThat(LegacyCallJudge.judge(site)).isEmpty();
    }

    @Test
    void targetSdkIsNeverAFinding() {
        RequestSite site = javaSite().addHost("legacy host (line 3)").setTargetSdk();

        assertThat(LegacyCallJudge.judge(site)).isEmpty();
    }

    @Test
    void foreignHostVetoesTheParameterSet() {
        RequestSite site = javaSite()
                .addPathOnForeignHost("path on another host api.example.com (line 9)")
                .addParameter("resources").addParameter("actions").addParameter("expireTime").addParameter("signature")
                .setOutgoingRequest("sends a request with new HttpPost(...) (line 9)");

        assertThat(LegacyCallJudge.judge(site)).isEmpty();
    }

    @Test
    void revokeWithoutInstanceIdIsManual() {
        RequestSite site = javaSite()
                .addHost("legacy host (line 3)")
                .addPath(Operation.REVOKE, "path /token/revoke (line 9)");

        Verdict verdict = LegacyCallJudge.judge(site).get(0);

        assertThat(verdict.migration()).isEqualTo(Migration.MANUAL);
        assertThat(verdict.reason()).isEqualTo("RevokeToken needs an InstanceId, which this call does not have");
    }

    @Test
    void revokeWithInstanceIdIsAuto() {
        RequestSite site = javaSite()
                .addHost("legacy host (line 3)")
                .addPath(Operation.REVOKE, "path /token/revoke (line 9)")
                .setInstanceIdInScope();

        assertThat(LegacyCallJudge.judge(site).get(0).migration()).isEqualTo(Migration.AUTO);
    }

    @Test
    void otherLanguagesAreManual() {
        RequestSite site = new RequestSite(RequestSite.Kind.OTHER_LANGUAGE, "python")
                .addHost("legacy host (line 3)")
                .addPath(Operation.APPLY, "path /token/apply (line 9)");

        Verdict verdict = LegacyCallJudge.judge(site).get(0);

        assertThat(verdict.migration()).isEqualTo(Migration.MANUAL);
        assertThat(verdict.reason()).startsWith("migrate by hand:").contains("the Alibaba Cloud SDK for Python");
    }

    @Test
    void demoHelperIsHigh() {
        RequestSite site = javaSite().addDemoHelper(Operation.REVOKE, "calls the vendor demo helper Tools.revokeToken");

        assertThat(LegacyCallJudge.judge(site)).extracting(Verdict::confidence).containsExactly(Confidence.HIGH);
    }

    @Test
    void helperCallKeepsTheHelpersConfidence() {
        RequestSite site = javaSite().addHelperCall(Operation.APPLY, Confidence.MEDIUM, "calls helper A.apply");

        assertThat(LegacyCallJudge.judge(site)).extracting(Verdict::confidence).containsExactly(Confidence.MEDIUM);
    }

    @Test
    void sameFileEvidenceStrengthensPaths() {
        assertThat(LegacyCallJudge.judge(javaSite().addSameFileEvidence("same file (line 3)"))).isEmpty();

        RequestSite site = javaSite().addPath(Operation.QUERY, "path /token/query (line 9)")
                .addSameFileEvidence("same file (line 3)");
        assertThat(LegacyCallJudge.judge(site)).extracting(Verdict::confidence).containsExactly(Confidence.HIGH);
    }
}
