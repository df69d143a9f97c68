package io.retentionflow.process;

import io.retentionflow.campaigns.execution.BrontoRefusalException;
import io.retentionflow.campaigns.execution.Deliveries;
import io.retentionflow.process.CampaignExecutionProcess.Errors;
import io.retentionflow.process.CampaignExecutionProcess.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule delivery": one per variant, looked up before created. Bronto refusing it (a deleted
 * template, a bad sender, a start in the past) is the marketer's to fix, so it leaves as a BPMN
 * error carrying Bronto's words; anything else retries and becomes an incident.
 */
@Component
class ScheduleDeliveryDelegate implements JavaDelegate {

    private final Deliveries deliveries;

    ScheduleDeliveryDelegate(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            deliveries.scheduleFor((Long) execution.getVariable(Variables.EXECUTION_ID));
        } catch (BrontoRefusalException refusal) {
            String message = "Bronto refused the delivery of variant %s (%d): %s".formatted(
                    refusal.variant(), refusal.code(), refusal.brontoMessage());
            // a string variable holds 4,000 characters; Bronto's messages are short, but not by contract
            execution.setVariable(Variables.BRONTO_ERROR, message.length() > 3_000 ? message.substring(0, 3_000) : message);
            throw new BpmnError(Errors.BRONTO_REFUSED, message);
        }
    }
}
