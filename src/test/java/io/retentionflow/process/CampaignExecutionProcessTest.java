package io.retentionflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.retentionflow.process.CampaignExecutionProcess.Choices;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.CampaignExecutionProcess.Errors;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code bpmn/campaign-execution.bpmn}, every path, with the delegates mocked and the job
 * executor off: jobs and timers are fired by the test, one step at a time.
 */
@Deployment(resources = "bpmn/campaign-execution.bpmn")
class CampaignExecutionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final JavaDelegate recordApprovedTemplate = mock(JavaDelegate.class);
    private final JavaDelegate takeUpCorrections = mock(JavaDelegate.class);
    private final JavaDelegate buildRecipientList = mock(JavaDelegate.class);
    private final JavaDelegate checkBrontoCoverage = mock(JavaDelegate.class);
    private final JavaDelegate createBrontoLists = mock(JavaDelegate.class);
    private final JavaDelegate reserveUploadSlot = mock(JavaDelegate.class);
    private final JavaDelegate uploadContactBatch = mock(JavaDelegate.class);
    private final JavaDelegate scheduleDelivery = mock(JavaDelegate.class);
    private final JavaDelegate pullMetrics = mock(JavaDelegate.class);
    private final JavaDelegate analyseResults = mock(JavaDelegate.class);
    private final JavaDelegate deleteBrontoLists = mock(JavaDelegate.class);
    private final JavaDelegate markListsRemoved = mock(JavaDelegate.class);

    private ProcessEngine engine;

    @BeforeEach
    void mockTheDelegates() throws Exception {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("campaignTaskName", new CampaignTaskName());
        Mocks.register("recordApprovedTemplateDelegate", recordApprovedTemplate);
        Mocks.register("takeUpCorrectionsDelegate", takeUpCorrections);
        Mocks.register("buildRecipientListDelegate", buildRecipientList);
        Mocks.register("checkBrontoCoverageDelegate", checkBrontoCoverage);
        lookedUpIn(1);
        Mocks.register("createBrontoListsDelegate", createBrontoLists);
        Mocks.register("reserveUploadSlotDelegate", reserveUploadSlot);
        Mocks.register("uploadContactBatchDelegate", uploadContactBatch);
        Mocks.register("scheduleDeliveryDelegate", scheduleDelivery);
        Mocks.register("pullMetricsDelegate", pullMetrics);
        Mocks.register("analyseResultsDelegate", analyseResults);
        Mocks.register("deleteBrontoListsDelegate", deleteBrontoLists);
        Mocks.register("markListsRemovedDelegate", markListsRemoved);
        recipients(2, "A:1:5000", "A:2:12");
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariableLocal(Variables.UPLOAD_AT, new Date());
            return null;
        }).when(reserveUploadSlot).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(Variables.METRICS_PULL, (Integer) execution.getVariable(Variables.METRICS_PULL) + 1);
            return null;
        }).when(pullMetrics).execute(any());
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    private void recipients(long count, String... batches) throws Exception {
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(Variables.RECIPIENTS, count);
            execution.setVariable(Variables.UPLOAD_BATCHES, List.of(batches));
            return null;
        }).when(buildRecipientList).execute(any());
    }

    /** The look-up before the upload needs this many steps (a large list is looked up a part at a time). */
    private void lookedUpIn(int steps) throws Exception {
        int[] step = {0};
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(Variables.RECIPIENTS_LOOKED_UP, ++step[0] >= steps);
            return null;
        }).when(checkBrontoCoverage).execute(any());
    }

    private ProcessInstance startCampaign() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.EXECUTION_ID, 42L);
        variables.put(Variables.CAMPAIGN_NAME, "Win back at-risk customers");
        variables.put(Variables.TEMPLATE_ID, "0bba03eb0000000000000000000000000001");
        variables.put(Variables.SEND_AT, Date.from(Instant.now().plusSeconds(7200)));
        variables.put(Variables.APPROVAL_DUE, Date.from(Instant.now().plusSeconds(3600)));
        variables.put(Variables.METRICS_PULL, 0);
        variables.put(Variables.METRICS_PULL_COUNT, 7);
        variables.put(Variables.METRICS_PULL_INTERVAL, "P1D");
        return engine.getRuntimeService().startProcessInstanceByKey(CampaignExecutionProcess.PROCESS_ID, "7/2026-11-30",
                variables);
    }

    private void approve(ProcessInstance campaign) {
        assertThat(campaign).isWaitingAt(Elements.APPROVE_TEMPLATE);
        assertThat(task()).hasCandidateGroup("marketers").hasDueDate(
                (Date) engine.getRuntimeService().getVariable(campaign.getId(), Variables.APPROVAL_DUE))
                .hasName("Approve template: Win back at-risk customers");
        complete(task(), withVariables(Variables.APPROVAL_DECISION, Choices.APPROVE, Variables.APPROVAL_COMMENT, "fine"));
    }

    /** Fires every job now due or waiting (async continuations and timers), until none is left at this point. */
    private void runJobsAt(ProcessInstance campaign, String elementId) {
        List<Job> jobs = jobQuery().processInstanceId(campaign.getId()).activityId(elementId).list();
        org.assertj.core.api.Assertions.assertThat(jobs).as("jobs at %s", elementId).isNotEmpty();
        jobs.forEach(job -> execute(job));
    }

    private void uploadAndSchedule(ProcessInstance campaign) {
        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);
        runJobsAt(campaign, Elements.BUILD_RECIPIENT_LIST);
        runJobsAt(campaign, Elements.CHECK_COVERAGE);
        runJobsAt(campaign, Elements.CREATE_BRONTO_LISTS);
        runJobsAt(campaign, Elements.RESERVE_UPLOAD_SLOT);
        runJobsAt(campaign, Elements.UPLOAD_SLOT);
        runJobsAt(campaign, Elements.UPLOAD_CONTACT_BATCH);
        runJobsAt(campaign, Elements.BATCH_UPLOADED);
        runJobsAt(campaign, Elements.SCHEDULE_DELIVERY);
    }

    private void aWeekOfMetrics(ProcessInstance campaign) {
        runJobsAt(campaign, Elements.SEND_TIME);
        for (int pull = 1; pull <= 7; pull++) {
            runJobsAt(campaign, Elements.NEXT_METRICS_PULL);
            runJobsAt(campaign, Elements.PULL_METRICS);
        }
        runJobsAt(campaign, Elements.ANALYSE_RESULTS);
    }

    @Test
    void aLargeListIsLookedUpInBrontoAPartAtATimeBeforeItsListsAreCreated() throws Exception {
        recipients(12_000, "A:1:5000", "A:2:5000", "A:3:2000");
        lookedUpIn(3);
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);
        runJobsAt(campaign, Elements.BUILD_RECIPIENT_LIST);
        for (int step = 0; step < 3; step++) {
            verify(createBrontoLists, never()).execute(any());
            runJobsAt(campaign, Elements.CHECK_COVERAGE);
        }

        verify(checkBrontoCoverage, org.mockito.Mockito.times(3)).execute(any());
        assertThat(campaign).isWaitingAt(Elements.CREATE_BRONTO_LISTS);
        // not exclusive: Camunda would run an exclusive step's follow-up on the same thread, holding it for the
        // whole check while upload batches of other campaigns wait for a thread
        ServiceTask check = engine.getRepositoryService().getBpmnModelInstance(campaign.getProcessDefinitionId())
                .getModelElementById(Elements.CHECK_COVERAGE);
        org.assertj.core.api.Assertions.assertThat(check.isCamundaExclusive()).isFalse();
    }

    @Test
    void anApprovedCampaignIsUploadedInBatchesScheduledMeasuredForAWeekAndCleanedUp() throws Exception {
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        uploadAndSchedule(campaign);

        verify(reserveUploadSlot, times(2)).execute(any());
        verify(uploadContactBatch, times(2)).execute(any());
        assertThat(campaign).isWaitingAt(Elements.SEND_TIME);

        aWeekOfMetrics(campaign);
        verify(pullMetrics, times(7)).execute(any());
        assertThat(campaign).isWaitingAt(Elements.CLEAN_UP_LISTS);
        assertThat(task()).hasCandidateGroup("marketers").hasName("Clean up Bronto lists: Win back at-risk customers");

        complete(task(), withVariables(Variables.CLEANUP_ACTION, Choices.DELETE_LISTS));
        runJobsAt(campaign, Elements.DELETE_BRONTO_LISTS);

        verify(deleteBrontoLists).execute(any());
        assertThat(campaign).hasPassed(Elements.UPLOAD_CONTACTS, Elements.SCHEDULE_DELIVERY, Elements.ANALYSE_RESULTS)
                .isEnded();
        assertThat(campaign).hasPassed(Elements.COMPLETED);
    }

    @Test
    void aBatchWhoseMinuteIsStillFullWaitsForItsNewSlotAndThenUploads() throws Exception {
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);
        runJobsAt(campaign, Elements.BUILD_RECIPIENT_LIST);
        runJobsAt(campaign, Elements.CHECK_COVERAGE);
        runJobsAt(campaign, Elements.CREATE_BRONTO_LISTS);
        runJobsAt(campaign, Elements.RESERVE_UPLOAD_SLOT);
        runJobsAt(campaign, Elements.UPLOAD_SLOT);
        doThrow(new BpmnError(Errors.UPLOAD_SLOT_MOVED, "next slot later")).doNothing()
                .when(uploadContactBatch).execute(any());

        runJobsAt(campaign, Elements.UPLOAD_CONTACT_BATCH);
        // one batch went back to wait on its timer; it was reserved only once
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(campaign.getId())
                .activityId(Elements.UPLOAD_SLOT).count()).isOne();
        runJobsAt(campaign, Elements.UPLOAD_SLOT);
        runJobsAt(campaign, Elements.UPLOAD_CONTACT_BATCH);
        runJobsAt(campaign, Elements.BATCH_UPLOADED);
        runJobsAt(campaign, Elements.SCHEDULE_DELIVERY);

        verify(reserveUploadSlot, times(2)).execute(any());
        verify(uploadContactBatch, times(3)).execute(any());
        assertThat(campaign).hasPassed(Elements.UPLOAD_SLOT_MOVED).isWaitingAt(Elements.SEND_TIME);
    }

    @Test
    void aRejectedTemplateEndsTheRunWithoutTouchingBronto() throws Exception {
        ProcessInstance campaign = startCampaign();
        assertThat(campaign).isWaitingAt(Elements.APPROVE_TEMPLATE);

        complete(task(), withVariables(Variables.APPROVAL_DECISION, Choices.REJECT, Variables.APPROVAL_COMMENT, "wrong offer"));

        assertThat(campaign).hasPassed(Elements.REJECTED).isEnded();
        verify(recordApprovedTemplate, never()).execute(any());
        verify(buildRecipientList, never()).execute(any());
    }

    @Test
    void withoutAnApprovalBeforeTheDeadlineTheRunEndsAsApprovalExpired() throws Exception {
        ProcessInstance campaign = startCampaign();

        runJobsAt(campaign, Elements.APPROVAL_DEADLINE);

        assertThat(campaign).hasPassed(Elements.APPROVAL_EXPIRED).isEnded();
        org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(campaign.getId()).singleResult().getDeleteReason()).isEqualTo("deleted");
        verify(buildRecipientList, never()).execute(any());
    }

    @Test
    void aTemplateOutsideTheOptimoveFolderSendsTheApprovalBack() throws Exception {
        doThrow(new BpmnError(Errors.TEMPLATE_NOT_OFFERED, "not in the folder"))
                .doNothing().when(recordApprovedTemplate).execute(any());
        ProcessInstance campaign = startCampaign();
        approve(campaign);

        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);

        assertThat(campaign).isWaitingAt(Elements.APPROVE_TEMPLATE);
        verify(buildRecipientList, never()).execute(any());
        approve(campaign);
        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);
        runJobsAt(campaign, Elements.BUILD_RECIPIENT_LIST);
        verify(buildRecipientList).execute(any());
    }

    @Test
    void completingTheApprovalWithoutADecisionRejectsRatherThanFails() {
        ProcessInstance campaign = startCampaign();
        assertThat(campaign).isWaitingAt(Elements.APPROVE_TEMPLATE);

        complete(task());

        assertThat(campaign).hasPassed(Elements.REJECTED).isEnded();
    }

    @Test
    void anEmptyRecipientListEndsAsNothingToSend() throws Exception {
        recipients(0);
        ProcessInstance campaign = startCampaign();
        approve(campaign);

        runJobsAt(campaign, Elements.RECORD_APPROVED_TEMPLATE);
        runJobsAt(campaign, Elements.BUILD_RECIPIENT_LIST);

        assertThat(campaign).hasPassed(Elements.NOTHING_TO_SEND).isEnded();
        verify(createBrontoLists, never()).execute(any());
    }

    @Test
    void anABTestUploadsEveryBatchOfBothVariants() throws Exception {
        recipients(14_000, "A:1:5000", "A:2:2000", "B:1:5000", "B:2:2000");
        ProcessInstance campaign = startCampaign();
        approve(campaign);

        uploadAndSchedule(campaign);

        verify(reserveUploadSlot, times(4)).execute(any());
        verify(uploadContactBatch, times(4)).execute(any());
        assertThat(campaign).isWaitingAt(Elements.SEND_TIME);
    }

    @Test
    void aBrontoRefusalAsksTheMarketerToFixTheCampaignAndRetries() throws Exception {
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        doThrow(new BpmnError(Errors.BRONTO_REFUSED, "205: message not found"))
                .doNothing().when(scheduleDelivery).execute(any());

        uploadAndSchedule(campaign);

        assertThat(campaign).isWaitingAt(Elements.FIX_CAMPAIGN);
        assertThat(task()).hasCandidateGroup("marketers");
        complete(task(), withVariables(Variables.FIX_ACTION, Choices.RETRY));
        runJobsAt(campaign, Elements.SCHEDULE_DELIVERY);

        verify(takeUpCorrections).execute(any());
        verify(scheduleDelivery, times(2)).execute(any());
        assertThat(campaign).isWaitingAt(Elements.SEND_TIME);
    }

    @Test
    void aRefusedCampaignCanBeCancelled() throws Exception {
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        doThrow(new BpmnError(Errors.BRONTO_REFUSED, "202: bad from address")).when(scheduleDelivery).execute(any());
        uploadAndSchedule(campaign);

        complete(task(), withVariables(Variables.FIX_ACTION, Choices.CANCEL));

        assertThat(campaign).hasPassed(Elements.CANCELLED).isEnded();
    }

    @Test
    void listsRemovedByHandAreMarkedSoInsteadOfDeleted() throws Exception {
        ProcessInstance campaign = startCampaign();
        approve(campaign);
        uploadAndSchedule(campaign);
        aWeekOfMetrics(campaign);

        complete(task(), withVariables(Variables.CLEANUP_ACTION, Choices.MARK_REMOVED));

        verify(markListsRemoved).execute(any());
        verify(deleteBrontoLists, never()).execute(any());
        assertThat(campaign).hasPassed(Elements.MARK_LISTS_REMOVED, Elements.COMPLETED).isEnded();
    }

    @Test
    void everyBrontoStepRunsAsAJobThatRetriesWithGrowingBackOff() {
        var model = engine.getRepositoryService().getBpmnModelInstance(
                engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(CampaignExecutionProcess.PROCESS_ID).singleResult().getId());
        for (String task : List.of(Elements.RECORD_APPROVED_TEMPLATE, Elements.CHECK_COVERAGE, Elements.CREATE_BRONTO_LISTS,
                Elements.UPLOAD_CONTACT_BATCH,
                Elements.SCHEDULE_DELIVERY, Elements.PULL_METRICS, Elements.DELETE_BRONTO_LISTS)) {
            var serviceTask = (org.camunda.bpm.model.bpmn.instance.ServiceTask) model.getModelElementById(task);
            org.assertj.core.api.Assertions.assertThat(serviceTask.isCamundaAsyncBefore()).as(task).isTrue();
            org.assertj.core.api.Assertions.assertThat(serviceTask.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                    .singleResult().getTextContent()).as(task).isEqualTo("PT30S,PT2M,PT10M,PT30M,PT1H");
        }
    }
}
