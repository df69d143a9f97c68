// Draws the Campaign Analysis charts with ECharts from the numbers the page carries in
// #analysis-charts[data-analysis] (the same JSON as the API). Every chart repeats a table on the page,
// so without JavaScript nothing is lost; undefined numbers arrive as null and are left out.
(function () {
  'use strict';
  var holder = document.getElementById('analysis-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.dataset.analysis);
  var charts = [];

  function draw(id, option, height) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    element.classList.add('drawn');
    if (height) {
      element.style.height = height + 'px';
    }
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption(Object.assign({animation: false, textStyle: {fontFamily: 'inherit'}}, option));
    charts.push(chart);
  }

  function percent(value) {
    return value === null ? null : Math.round(value * 10000) / 100;
  }

  // an estimate with its interval, one row per comparison, drawn as a whisker around a dot
  function intervals(id, rows, unit) {
    draw(id, {
      grid: {left: 160, right: 40, top: 10, bottom: 50},
      tooltip: {trigger: 'item'},
      xAxis: {type: 'value', name: unit, nameLocation: 'middle', nameGap: 28, scale: true},
      yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return r.label; })},
      series: [{
        type: 'custom',
        name: 'interval',
        renderItem: function (params, api) {
          var low = api.coord([api.value(1), api.value(0)]);
          var high = api.coord([api.value(2), api.value(0)]);
          var cap = api.size([0, 1])[1] * 0.2;
          var style = {stroke: '#3b5b92', lineWidth: 2};
          return {type: 'group', children: [
            {type: 'line', shape: {x1: low[0], y1: low[1], x2: high[0], y2: high[1]}, style: style},
            {type: 'line', shape: {x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap}, style: style},
            {type: 'line', shape: {x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap}, style: style}
          ]};
        },
        encode: {x: [1, 2], y: 0},
        data: rows.filter(function (r) { return r.low !== null; })
          .map(function (r) { return [r.label, r.low, r.high]; })
      }, {
        type: 'scatter',
        name: 'estimate',
        symbolSize: 10,
        itemStyle: {color: '#3b5b92'},
        data: rows.filter(function (r) { return r.value !== null; })
          .map(function (r) { return [r.value, r.label]; }),
        markLine: {symbol: 'none', silent: true, label: {show: false}, lineStyle: {color: '#999', type: 'dashed'},
          data: [{xAxis: 0}]}
      }]
    }, rows.length * 50 + 70);
  }

  if (data.funnel) {
    var f = data.funnel;
    var stages = [['Target group', f.targetSize], ['Control group', f.control], ['Recipients', f.recipients],
      ['Missing from Bronto', f.missingFromBronto], ['Uploaded', f.uploaded], ['Not in Bronto', f.notInBronto], ['Rejected', f.rejected],
      ['Delivered', f.delivered], ['Opened', f.opened], ['Clicked', f.clicked], ['Purchased', f.purchased]];
    draw('funnel-chart', {
      grid: {left: 110, right: 60, top: 10, bottom: 20},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', inverse: true, data: stages.map(function (s) { return s[0]; })},
      series: [{type: 'bar', data: stages.map(function (s) { return s[1]; }), label: {show: true, position: 'right'},
        itemStyle: {color: '#3b5b92'}}]
    });
  }

  if (data.metrics && data.metrics.some(function (s) { return s.points.length > 0; })) {
    var days = Math.max.apply(null, data.metrics.map(function (s) { return s.points.length; }));
    var series = [];
    data.metrics.forEach(function (s) {
      series.push({type: 'line', name: 'Open rate ' + s.variant,
        data: s.points.map(function (p) { return [p.pull, percent(p.openRate)]; })});
      series.push({type: 'line', name: 'Click rate ' + s.variant, lineStyle: {type: 'dashed'},
        data: s.points.map(function (p) { return [p.pull, percent(p.clickRate)]; })});
    });
    draw('metrics-chart', {
      legend: {top: 0},
      grid: {left: 50, right: 30, top: 40, bottom: 40},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null ? '–' : v + ' %'; }},
      xAxis: {type: 'value', name: 'day', min: 1, max: Math.max(days, 7), interval: 1},
      yAxis: {type: 'value', name: '% of deliveries'},
      series: series
    });
  }

  if (data.uplift) {
    var u = data.uplift;
    intervals('uplift-chart', [
      {label: 'Conversion (pp)', value: percent(u.conversion.difference), low: percent(u.conversion.lower),
        high: percent(u.conversion.upper)}
    ], 'pp');
    var r = u.incrementalRevenue;
    intervals('revenue-chart', [
      {label: 'Incremental revenue', value: r.difference, low: r.lower, high: r.upper}
    ], 'revenue');
  }

  if (data.abTest) {
    var ab = data.abTest;
    draw('ab-chart', {
      grid: {left: 50, right: 30, top: 30, bottom: 30},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: ab.variants.map(function (v) { return 'Variant ' + v.variant; })},
      yAxis: {type: 'value', name: (ab.metric === 'opens' ? 'open' : 'click') + ' rate, %'},
      series: [{type: 'bar', data: ab.variants.map(function (v) { return percent(v.rate); }),
        label: {show: true, position: 'top', formatter: '{c} %'}, itemStyle: {color: '#3b5b92'}}]
    });
  }

  if (data.executions) {
    var measured = data.executions.filter(function (e) { return e.incrementalRevenue; });
    intervals('history-chart', measured.map(function (e) {
      var c = e.incrementalRevenue;
      return {label: e.runDate, value: c.difference, low: c.lower, high: c.upper};
    }), 'incremental revenue');
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
}());
