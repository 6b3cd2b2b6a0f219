// The three-step gathering form. Without JavaScript it is one long form whose buttons post back to the server
// (add a row, move a spearhead). With it, the steps show one at a time with a summary before sending, rows are
// added in place and spearheads move in place, with the focus kept on the button and the change announced.
(function () {
  'use strict';
  var form = document.getElementById('gathering-form');
  if (!form) { return; }
  var texts = document.getElementById('form-texts').dataset;
  var status = document.getElementById('step-status');
  var steps = Array.prototype.slice.call(form.querySelectorAll('section.step'));
  var spearheadList = document.getElementById('spearhead-list');
  var ideaGroups = document.getElementById('idea-groups');
  var sendEnd = form.querySelector('.form-end');
  var current = 1;
  var nextKey = 1000;

  function format(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[Number(i)]; });
  }
  function announce(message) {
    // Clearing first makes screen readers announce the same sentence twice in a row, too.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  // Names and ids carry the position (spearheads[2].title, spearheads2-title): renumber after every change.
  function renumberAttributes(element, pattern, replacement) {
    ['name', 'id', 'for', 'aria-describedby', 'value'].forEach(function (attribute) {
      element.querySelectorAll('[' + attribute + ']').forEach(function (node) {
        if (attribute === 'value' && node.tagName !== 'BUTTON') { return; }
        node.setAttribute(attribute, node.getAttribute(attribute).replace(pattern, replacement));
      });
    });
  }
  function renumberSpearheads() {
    var items = spearheadList.querySelectorAll(':scope > li.spearhead');
    items.forEach(function (item, index) {
      var group = ideaGroups.querySelector('.idea-group[data-key="' + item.dataset.key + '"]');
      ideaGroups.appendChild(group); // the ideas follow their spearhead's order
      [item, group].forEach(function (part) {
        renumberAttributes(part, /spearheads\[\d+\]/g, 'spearheads[' + index + ']');
        renumberAttributes(part, /spearheads\d+-/g, 'spearheads' + index + '-');
        renumberAttributes(part, /^(up|down|add-idea)-\d+$/, '$1-' + index);
        part.querySelectorAll('.rank').forEach(function (rank) { rank.textContent = String(index + 1); });
      });
    });
  }
  function titleOf(item) {
    var input = item.querySelector('input.spearhead-title');
    return input && input.value.trim() ? input.value.trim() : texts.spearhead + ' ' + item.querySelector('.rank').textContent;
  }
  function updateIdeaNames() {
    spearheadList.querySelectorAll(':scope > li.spearhead').forEach(function (item) {
      var group = ideaGroups.querySelector('.idea-group[data-key="' + item.dataset.key + '"]');
      var input = item.querySelector('input.spearhead-title');
      group.querySelector('.spearhead-name').textContent = input.value.trim() ? ': ' + input.value.trim() : '';
    });
  }

  function move(button) {
    var item = button.closest('li.spearhead');
    var direction = Number(button.dataset.move);
    var items = Array.prototype.slice.call(spearheadList.querySelectorAll(':scope > li.spearhead'));
    var index = items.indexOf(item);
    var target = index + direction;
    if (target < 0) { announce(texts.atTop); return; }
    if (target >= items.length) { announce(texts.atBottom); return; }
    if (direction < 0) { spearheadList.insertBefore(item, items[target]); }
    else { spearheadList.insertBefore(item, items[target].nextSibling); }
    renumberSpearheads();
    button.focus(); // the same button, in its new place
    items.forEach(function (other) { other.classList.remove('moved'); });
    item.classList.add('moved');
    announce(format(texts.moved, titleOf(item), target + 1, items.length));
  }

  function clearFields(container) {
    container.querySelectorAll('input[type=text], textarea').forEach(function (field) { field.value = ''; });
    container.querySelectorAll('select').forEach(function (field) { field.selectedIndex = 0; });
    container.querySelectorAll('[aria-invalid]').forEach(function (field) { field.setAttribute('aria-invalid', 'false'); });
    container.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
    container.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); });
  }
  function addValue() {
    var rows = document.getElementById('value-rows');
    var last = rows.lastElementChild;
    var copy = last.cloneNode(true);
    var index = rows.children.length;
    renumberAttributes(copy, /values\[\d+\]/g, 'values[' + index + ']');
    renumberAttributes(copy, /values\d+/g, 'values' + index);
    copy.querySelector('input').setAttribute('aria-describedby', 'values-hint');
    copy.querySelector('.number').textContent = String(index + 1);
    clearFields(copy);
    rows.appendChild(copy);
    copy.querySelector('input').focus();
  }
  function addIdea(button) {
    var group = button.closest('.idea-group');
    var rows = group.querySelector('.idea-rows');
    var copy = rows.lastElementChild.cloneNode(true);
    var index = rows.children.length;
    renumberAttributes(copy, /ideas\[\d+\]/g, 'ideas[' + index + ']');
    renumberAttributes(copy, /ideas\d+-/g, 'ideas' + index + '-');
    copy.querySelector('.number').textContent = String(index + 1);
    clearFields(copy);
    rows.appendChild(copy);
    copy.querySelector('input').focus();
  }
  function addSpearhead() {
    var items = spearheadList.querySelectorAll(':scope > li.spearhead');
    var last = items[items.length - 1];
    var lastGroup = ideaGroups.querySelector('.idea-group[data-key="' + last.dataset.key + '"]');
    var copy = last.cloneNode(true);
    var groupCopy = lastGroup.cloneNode(true);
    var key = 'k' + (nextKey++);
    copy.dataset.key = key;
    groupCopy.dataset.key = key;
    copy.classList.remove('moved');
    // A new spearhead starts with one empty idea.
    var ideaRows = groupCopy.querySelector('.idea-rows');
    while (ideaRows.children.length > 1) { ideaRows.removeChild(ideaRows.lastElementChild); }
    clearFields(copy);
    clearFields(groupCopy);
    groupCopy.querySelector('.spearhead-name').textContent = '';
    spearheadList.appendChild(copy);
    ideaGroups.appendChild(groupCopy);
    renumberSpearheads();
    copy.querySelector('input.spearhead-title').focus();
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) { return; }
    if (button.dataset.move) { event.preventDefault(); move(button); }
    else if (button.dataset.add === 'value') { event.preventDefault(); addValue(); }
    else if (button.dataset.add === 'idea') { event.preventDefault(); addIdea(button); }
    else if (button.dataset.add === 'spearhead') { event.preventDefault(); addSpearhead(); }
  });
  form.addEventListener('input', function (event) {
    if (event.target.classList.contains('spearhead-title')) { updateIdeaNames(); }
  });

  // Steps. With errors from the server the whole form stays open, so every link in the summary leads to its field.
  if (form.dataset.hasErrors === 'true') { return; }

  var indicator = document.createElement('ol');
  indicator.className = 'steps-indicator';
  [texts.step1, texts.step2, texts.step3, texts.step4].forEach(function (name, i) {
    var li = document.createElement('li');
    li.textContent = (i + 1) + '. ' + name;
    indicator.appendChild(li);
  });
  form.insertBefore(indicator, steps[0]);

  function navigation(step) {
    var nav = document.createElement('div');
    nav.className = 'step-nav';
    if (step > 1) {
      var back = document.createElement('button');
      back.type = 'button';
      back.className = 'button secondary';
      back.textContent = texts.previous;
      back.addEventListener('click', function () { show(step - 1); });
      nav.appendChild(back);
    }
    if (step < steps.length) {
      var next = document.createElement('button');
      next.type = 'button';
      next.className = 'button';
      next.textContent = texts.next;
      next.dataset.next = String(step + 1);
      next.addEventListener('click', function () { show(step + 1); });
      nav.appendChild(next);
    }
    return nav;
  }
  steps.forEach(function (section, i) { section.appendChild(navigation(i + 1)); });
  // Enter in a text field goes to the next step rather than sending half a gathering.
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.tagName === 'INPUT' && current < steps.length) {
      event.preventDefault();
      show(current + 1);
    }
  });

  function addDefinition(list, term, description) {
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    if (description instanceof Node) { dd.appendChild(description); } else { dd.textContent = description || texts.summaryNone; }
    list.appendChild(dt);
    list.appendChild(dd);
  }
  function buildSummary() {
    var summary = document.getElementById('summary');
    summary.textContent = '';
    var list = document.createElement('dl');
    addDefinition(list, texts.summaryDate, form.elements.heldOn.value);
    addDefinition(list, texts.summaryParticipants, form.elements.participants.value);
    var values = Array.prototype.slice.call(document.querySelectorAll('#value-rows input'))
      .map(function (input) { return input.value.trim(); }).filter(Boolean);
    addDefinition(list, texts.summaryValues, values.join(', '));
    var ranked = document.createElement('ol');
    spearheadList.querySelectorAll(':scope > li.spearhead').forEach(function (item) {
      var title = item.querySelector('input.spearhead-title').value.trim();
      if (!title) { return; }
      var li = document.createElement('li');
      li.textContent = title;
      var group = ideaGroups.querySelector('.idea-group[data-key="' + item.dataset.key + '"]');
      var ideas = Array.prototype.slice.call(group.querySelectorAll('.idea-row input[type=text]'))
        .map(function (input) { return input.value.trim(); }).filter(Boolean);
      if (ideas.length) {
        var ul = document.createElement('ul');
        ideas.forEach(function (idea) { var i = document.createElement('li'); i.textContent = idea; ul.appendChild(i); });
        li.appendChild(ul);
      }
      ranked.appendChild(li);
    });
    addDefinition(list, texts.summarySpearheads, ranked.children.length ? ranked : '');
    summary.appendChild(list);
  }

  function show(step, moveFocus) {
    current = step;
    steps.forEach(function (section, i) { section.hidden = (i + 1) !== step; });
    sendEnd.hidden = step !== steps.length;
    indicator.querySelectorAll('li').forEach(function (li, i) {
      if (i + 1 === step) { li.setAttribute('aria-current', 'step'); } else { li.removeAttribute('aria-current'); }
    });
    if (step === steps.length) { buildSummary(); }
    if (moveFocus !== false) { steps[step - 1].querySelector('h2').focus(); }
    document.title = document.title.replace(/^(\d+\/\d+ · )?/, step + '/' + steps.length + ' · ');
    announce(format(texts.stepOf, step, steps.length));
  }
  // On the first view the focus stays at the top of the page, where the skip link is.
  show(1, false);
})();
