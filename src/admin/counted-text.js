/**
 * A Decap CMS widget for a text with a maximum length (the post's summary): a text box that shows,
 * as the writer types, how many characters they have used of those allowed. Decap has no such
 * widget, so this one is built with the `h` and `createClass` helpers Decap puts on `window`.
 * Its limits come from config.yml (`min_length`, `max_length`), which is generated from the schema.
 */
(function registerCountedText() {
  const { CMS, h, createClass } = window;

  function countText(length, min, max) {
    if (length > max) return `${length} of ${max} characters: ${length - max} too many.`;
    if (min !== undefined && length < min) return `${length} of ${max} characters: at least ${min} needed.`;
    return `${length} of ${max} characters.`;
  }

  const CountedText = createClass({
    isValid() {
      const max = this.props.field.get('max_length');
      const length = (this.props.value || '').length;
      if (length > max) return { error: { message: `Shorten this to ${max} characters or fewer.` } };
      return true;
    },
    render() {
      const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const text = value || '';
      const min = field.get('min_length');
      const max = field.get('max_length');
      const countId = `${forID}-count`;
      return h(
        'div',
        null,
        h(field.get('multiline') ? 'textarea' : 'input', {
          id: forID,
          className: classNameWrapper,
          value: text,
          rows: field.get('multiline') ? 4 : undefined,
          'aria-describedby': countId,
          onChange: (event) => onChange(event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        h(
          'p',
          { id: countId, 'aria-live': 'polite', 'data-length': String(text.length) },
          countText(text.length, min, max),
        ),
      );
    },
  });

  CMS.registerWidget('counted-text', CountedText);
})();
