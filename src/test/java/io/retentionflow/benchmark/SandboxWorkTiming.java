package io.retentionflow.benchmark;

import io.retentionflow.bronto.sandbox.MembershipService;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Times the sandbox's own work for an addToList: {@link MembershipService#add} with its transaction. Registered as an
 * unordered post-processor, it runs after the transactional proxy is made and so wraps it: the commit is counted.
 */
final class SandboxWorkTiming implements BeanPostProcessor {

    private volatile long lastAddNanos;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof MembershipService)) {
            return bean;
        }
        ProxyFactory timed = new ProxyFactory(bean);
        timed.setProxyTargetClass(true);
        timed.addAdvice((MethodInterceptor) call -> {
            if (!call.getMethod().getName().equals("add")) {
                return call.proceed();
            }
            long start = System.nanoTime();
            try {
                return call.proceed();
            } finally {
                lastAddNanos = System.nanoTime() - start;
            }
        });
        return timed.getProxy();
    }

    long lastAddNanos() {
        return lastAddNanos;
    }
}
