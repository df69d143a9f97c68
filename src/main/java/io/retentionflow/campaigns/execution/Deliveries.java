package io.retentionflow.campaigns.execution;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.Delivery;
import io.retentionflow.bronto.DeliveryRequest;
import io.retentionflow.bronto.ObjectOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Schedules the Bronto delivery of each mailed variant of an execution, once. */
@Service
public class Deliveries {

    private final CampaignExecutionRepository executions;
    private final CampaignExecutions campaignExecutions;
    private final BrontoGateway bronto;

    public Deliveries(CampaignExecutionRepository executions, CampaignExecutions campaignExecutions,
            BrontoGateway bronto) {
        this.executions = executions;
        this.campaignExecutions = campaignExecutions;
        this.bronto = bronto;
    }

    /**
     * Per variant: the approved template to the variant's list at the planned start (in the plan's zone, so
     * with its offset), From and Reply-To as the plan had them that day. A stored delivery id is kept; else
     * Bronto is asked for the delivery of that message to that list at that start before one is added, and
     * the new id is committed at once. So a retry, after a crash on either side of addDeliveries, never
     * schedules a second send.
     *
     * @throws BrontoRefusalException when Bronto refuses the delivery (205 message not found, 202 bad From,
     *         201 bad start, ...): the campaign needs fixing, a retry will not help
     */
    public List<ScheduledDelivery> scheduleFor(long executionId) {
        CampaignExecution execution = campaignExecutions.get(executionId);
        List<ScheduledDelivery> scheduled = new ArrayList<>();
        for (ExecutionVariant variant : executions.variants(executionId)) {
            if (variant.brontoListId() == null) {
                throw new IllegalStateException("variant " + variant.variant() + " of execution " + executionId
                        + " has no Bronto list yet");
            }
            String deliveryId = variant.deliveryId() != null ? variant.deliveryId() : findOrAdd(execution, variant);
            scheduled.add(new ScheduledDelivery(variant.variant(), deliveryId, variant.templateId(),
                    variant.brontoListId(), execution.sendAt()));
        }
        return scheduled;
    }

    private String findOrAdd(CampaignExecution execution, ExecutionVariant variant) {
        Optional<Delivery> existing = bronto.findDelivery(variant.templateId(), variant.brontoListId(), execution.sendAt());
        String deliveryId = existing.map(Delivery::id).orElseGet(() -> add(execution, variant));
        executions.storeDeliveryId(execution.id(), variant.variant(), deliveryId);
        return deliveryId;
    }

    private String add(CampaignExecution execution, ExecutionVariant variant) {
        ObjectOutcome added = bronto.addDelivery(new DeliveryRequest(variant.templateId(),
                List.of(variant.brontoListId()), execution.sendAt(), execution.fromEmail(), execution.fromName(),
                execution.replyTo()));
        if (!added.succeeded()) {
            throw new BrontoRefusalException(execution.id(), variant.variant(), "schedule the delivery",
                    added.errorCode(), added.errorMessage());
        }
        return added.id();
    }
}
