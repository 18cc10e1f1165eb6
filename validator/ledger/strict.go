package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Strict JSON decoding.
//
// decodeStrict reads a command (an Envelope, a payload, or one of the
// objects inside a payload) in one pass over its bytes. It accepts and
// rejects exactly what the former two-pass decoder accepted and rejected
// (json.Unmarshal into map[string]json.RawMessage for the key checks, then
// encoding/json into the struct), decodes the same values and reports the
// same first error; FuzzStrictDecodingMatchesReference, and its seeded
// mutations in every test run, check that against the former decoder,
// kept in strict_reference_test.go. In particular:
//
//   - The input must be one valid JSON value (encoding/json's grammar, at
//     most 10,000 nested arrays and objects) with only whitespace after it;
//     a syntax error anywhere wins over every other error and is reported
//     with encoding/json's message.
//   - It must be an object: null and other values are errors.
//   - Keys are matched exactly after unquoting; an unknown key is an error
//     (the first in sorted order is named). A key may repeat: as in
//     encoding/json, every occurrence is decoded in turn onto the field and
//     the last one counts for the required and null checks.
//   - Required keys must be present and their (last) value not null.
//   - Values decode as encoding/json decodes them (null leaves a number,
//     string or bool unchanged and clears a slice or pointer; numbers must
//     fit the field's type without sign, fraction or exponent; arrays
//     overwrite a slice's elements in place), and types with their own
//     JSON decoding (addresses, hashes, hex bytes, Factor, json.RawMessage)
//     receive the value's exact bytes. The types of this package that decode
//     strictly (strictObject) are decoded in the same pass.
//   - Errors: a syntax error, then "want a JSON object", then the unknown
//     key, then the first missing or null required key, then the first
//     error of a strict inner object or of a type's own decoder, then the
//     first type mismatch; type mismatches carry encoding/json's context
//     ("Go struct field RevealWeights.uids").

// maxJSONDepth is encoding/json's nesting limit.
const maxJSONDepth = 10000

// strictObject is implemented by the types whose JSON objects this package
// decodes strictly wherever they appear (their UnmarshalJSON methods and
// fields of payloads). Errors name them "plain", as the former
// implementation's method-less copies of the types were named.
type strictObject interface {
	// strictKeys returns the keys that must be present and not null, or
	// allPresent: every key given must not be null.
	strictKeys() (required []string, allPresent bool)
}

// strictTypeName is the struct name errors give strictObject types.
const strictTypeName = "plain"

// decodeStrict decodes one JSON object into the struct v points to; the
// required keys must be present and not null. See the section comment.
func decodeStrict(data []byte, v any, required ...string) error {
	d := newStrictDecoder(data)
	rv := reflect.ValueOf(v).Elem()
	return d.top(rv, rv.Type().Name(), required, false)
}

// unmarshalStrict is the UnmarshalJSON of a strictObject type.
func unmarshalStrict(data []byte, v strictObject) error {
	required, all := v.strictKeys()
	d := newStrictDecoder(data)
	return d.top(reflect.ValueOf(v).Elem(), strictTypeName, required, all)
}

func newStrictDecoder(data []byte) *strictDecoder {
	return &strictDecoder{r: jsonReader{data: data}}
}

// top decodes the decoder's whole input, one object with nothing but
// whitespace around it, into the struct rv.
func (d *strictDecoder) top(rv reflect.Value, name string, required []string, allPresent bool) error {
	d.r.skipSpace()
	err := d.object(rv, name, required, allPresent)
	if !d.r.bad {
		d.r.skipSpace()
		if d.r.pos != len(d.r.data) {
			d.r.bad = true
		}
	}
	if d.r.bad {
		return syntaxError(d.r.data)
	}
	return err
}

// syntaxError returns encoding/json's error for data, which jsonReader
// found invalid.
func syntaxError(data []byte) error {
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	// jsonReader and encoding/json disagree: a bug, which the differential
	// fuzz test guards against. Refuse the input all the same.
	return errors.New("ledger: strict decoder: input refused as invalid JSON")
}

// jsonReader scans JSON text with encoding/json's grammar. A method that
// finds a syntax error sets bad and returns false; the caller stops.
type jsonReader struct {
	data  []byte
	pos   int
	depth int  // open arrays and objects
	bad   bool // the input is not valid JSON
	// ws and html record what encoding/json's compaction with HTML
	// escaping (CanonicalPayload) would change: insignificant whitespace,
	// and <, >, &, U+2028 or U+2029 inside strings.
	ws, html bool
}

func (r *jsonReader) fail() bool {
	r.bad = true
	return false
}

// peek returns the next byte, or 0 at the end (0 is never valid there).
func (r *jsonReader) peek() byte {
	if r.pos < len(r.data) {
		return r.data[r.pos]
	}
	return 0
}

func (r *jsonReader) skipSpace() {
	if r.pos < len(r.data) && r.data[r.pos] > ' ' {
		return
	}
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.ws = true
			r.pos++
		default:
			return
		}
	}
}

// literal consumes the literal word (true, false or null).
func (r *jsonReader) literal(word string) bool {
	if len(r.data)-r.pos < len(word) || string(r.data[r.pos:r.pos+len(word)]) != word {
		return r.fail()
	}
	r.pos += len(word)
	return true
}

// str consumes the string literal at r.pos (a '"') and returns its content
// between the quotes, and whether that content is its value as it stands
// (no escape, valid UTF-8: encoding/json's unquote fast path).
func (r *jsonReader) str() (content []byte, plain bool, ok bool) {
	d := r.data
	start := r.pos + 1
	plain = true
	for i := start; i < len(d); {
		c := d[i]
		switch {
		case c == '"':
			r.pos = i + 1
			return d[start:i], plain, true
		case c == '\\':
			plain = false
			if i+1 >= len(d) {
				return nil, false, r.fail()
			}
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(d) || !isHexDigit(d[i+2]) || !isHexDigit(d[i+3]) || !isHexDigit(d[i+4]) || !isHexDigit(d[i+5]) {
					return nil, false, r.fail()
				}
				i += 6
			default:
				return nil, false, r.fail()
			}
		case c < 0x20:
			return nil, false, r.fail()
		case c < utf8.RuneSelf:
			if c == '<' || c == '>' || c == '&' {
				r.html = true
			}
			i++
		default:
			if c == 0xE2 && i+2 < len(d) && d[i+1] == 0x80 && d[i+2]&^1 == 0xA8 {
				r.html = true
			}
			if plain {
				if rr, size := utf8.DecodeRune(d[i:]); rr != utf8.RuneError || size != 1 {
					i += size
					continue
				}
				plain = false
			}
			i++
		}
	}
	return nil, false, r.fail()
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Number forms, as num reports them.
const (
	numUint  = iota // digits only
	numInt          // a minus sign and digits
	numOther        // with a fraction or an exponent
)

// num consumes the number at r.pos and returns its text and form.
func (r *jsonReader) num() (lit []byte, form int, ok bool) {
	d := r.data
	i := r.pos
	form = numUint
	if i < len(d) && d[i] == '-' {
		form = numInt
		i++
	}
	digits := func() bool {
		j := i
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
		return i > j
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && '1' <= d[i] && d[i] <= '9':
		digits()
	default:
		return nil, 0, r.fail()
	}
	if i < len(d) && d[i] == '.' {
		i++
		form = numOther
		if !digits() {
			return nil, 0, r.fail()
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		form = numOther
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if !digits() {
			return nil, 0, r.fail()
		}
	}
	lit = d[r.pos:i]
	r.pos = i
	return lit, form, true
}

// smallUint consumes a number of at most five digits and no fraction or
// exponent that fits a uint16 (the usual weight or uid) and returns it; for
// anything else it consumes nothing and returns false.
func (r *jsonReader) smallUint() (uint16, bool) {
	d := r.data
	i := r.pos
	if i >= len(d) || d[i] < '0' || d[i] > '9' {
		return 0, false
	}
	var n uint32
	if d[i] == '0' {
		i++
	} else {
		for i < len(d) && '0' <= d[i] && d[i] <= '9' && i-r.pos < 5 {
			n = n*10 + uint32(d[i]-'0')
			i++
		}
	}
	if n > 1<<16-1 || i < len(d) && (d[i] == '.' || d[i] == 'e' || d[i] == 'E' || '0' <= d[i] && d[i] <= '9') {
		return 0, false
	}
	r.pos = i
	return uint16(n), true
}

func (r *jsonReader) enter() bool {
	r.depth++
	if r.depth > maxJSONDepth {
		return r.fail()
	}
	r.pos++ // the '[' or '{'
	r.skipSpace()
	return true
}

// next consumes the separator after a member or element: ',' (more
// follow: true) or the closing byte (false).
func (r *jsonReader) next(closing byte) (more, ok bool) {
	r.skipSpace()
	switch r.peek() {
	case ',':
		r.pos++
		r.skipSpace()
		return true, true
	case closing:
		r.pos++
		r.depth--
		return false, true
	}
	return false, r.fail()
}

// skip consumes one value of any kind.
func (r *jsonReader) skip() bool {
	switch c := r.peek(); {
	case c == '{':
		if !r.enter() {
			return false
		}
		if r.peek() == '}' {
			r.pos++
			r.depth--
			return true
		}
		for {
			if !r.key() || !r.skip() {
				return false
			}
			more, ok := r.next('}')
			if !more {
				return ok
			}
		}
	case c == '[':
		if !r.enter() {
			return false
		}
		if r.peek() == ']' {
			r.pos++
			r.depth--
			return true
		}
		for {
			if !r.skip() {
				return false
			}
			more, ok := r.next(']')
			if !more {
				return ok
			}
		}
	case c == '"':
		_, _, ok := r.str()
		return ok
	case c == 't':
		return r.literal("true")
	case c == 'f':
		return r.literal("false")
	case c == 'n':
		return r.literal("null")
	case '0' <= c && c <= '9':
		if _, ok := r.smallUint(); ok {
			return true
		}
		_, _, ok := r.num()
		return ok
	case c == '-':
		_, _, ok := r.num()
		return ok
	}
	return r.fail()
}

// key consumes an object key and the colon after it.
func (r *jsonReader) key() bool {
	_, ok := r.keyString()
	return ok
}

// keyString consumes an object key and the colon after it and returns the
// key, unquoted.
func (r *jsonReader) keyString() (string, bool) {
	if r.peek() != '"' {
		return "", r.fail()
	}
	start := r.pos
	content, plain, ok := r.str()
	if !ok {
		return "", false
	}
	r.skipSpace()
	if r.peek() != ':' {
		return "", r.fail()
	}
	r.pos++
	r.skipSpace()
	if plain {
		return string(content), true
	}
	return unquote(r.data[start : start+len(content)+2]), true
}

// unquote returns the value of a valid string literal that needs
// unquoting, as encoding/json computes it (invalid UTF-8 and lone
// surrogates become U+FFFD).
func unquote(lit []byte) string {
	var s string
	_ = json.Unmarshal(lit, &s) // valid: checked by str
	return s
}

// kind names a value's JSON kind for a type-mismatch error, as
// encoding/json names it.
func kind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// rawMapType is the type the former decoder first decoded into; errors
// about a value that is not an object name it.
var rawMapType = reflect.TypeFor[map[string]json.RawMessage]()

var errNullObject = errors.New("want a JSON object, got null")

// failure is what decoding one value went wrong with: nothing (err nil),
// a type mismatch (encoding/json saves the first and goes on), or an
// error of a type's own decoder or of an inner strict object (abort:
// encoding/json stops there, and that error wins).
type failure struct {
	err   error
	abort bool
}

// worse returns the failure encoding/json would report of f, which came
// first, and g.
func (f failure) worse(g failure) failure {
	if f.err == nil || g.abort && !f.abort {
		return g
	}
	return f
}

// strictDecoder decodes values from a jsonReader into Go values.
type strictDecoder struct {
	r jsonReader
	// rawKey and raw: the last value of the top-level key rawKey.
	rawKey string
	raw    []byte
	// rawCanonical reports whether the last json.RawMessage decoded is
	// already in CanonicalPayload form.
	rawCanonical bool
	// aliasRaw makes a json.RawMessage share the input's bytes rather
	// than copy them (encoding/json copies).
	aliasRaw bool
}

func typeMismatch(value string, t reflect.Type, offset int) failure {
	return failure{err: &json.UnmarshalTypeError{Value: value, Type: t, Offset: int64(offset)}}
}

// object decodes a JSON object into the struct v (addressable) and
// returns its error, with the precedence of the section comment. It always
// consumes the whole value unless the input is invalid (r.bad).
func (d *strictDecoder) object(v reflect.Value, name string, required []string, allPresent bool) error {
	r := &d.r
	switch c := r.peek(); c {
	case '{':
	case 'n':
		r.literal("null")
		return errNullObject
	default:
		start := r.pos
		r.skip()
		return typeMismatch(kind(c), rawMapType, start).err
	}
	if !r.enter() {
		return nil
	}
	top := r.depth == 1
	keys, index := structFields(v.Type())
	if len(keys) > 64 {
		panic("ledger: strict decoder: more than 64 fields")
	}
	var present, null uint64 // bit i: key i seen; its last value is null
	var unknown string
	hasUnknown := false
	var fail failure
	if r.peek() == '}' {
		r.pos++
		r.depth--
	} else {
		for {
			key, ok := r.keyString()
			if !ok {
				return nil
			}
			i := slices.Index(keys, key)
			if i < 0 {
				if !hasUnknown || key < unknown {
					unknown, hasUnknown = key, true
				}
				if !r.skip() {
					return nil
				}
			} else {
				present |= 1 << i
				null &^= 1 << i
				if r.peek() == 'n' {
					null |= 1 << i
				}
				start := r.pos
				f := d.value(v.Field(index[i]))
				if r.bad {
					return nil
				}
				if top && key == d.rawKey {
					d.raw = r.data[start:r.pos]
				}
				if f.err != nil {
					addErrorContext(f.err, name, key)
					fail = fail.worse(f)
				}
			}
			more, ok := r.next('}')
			if !ok {
				return nil
			}
			if !more {
				break
			}
		}
	}
	if hasUnknown {
		return fmt.Errorf("unknown field %q", truncate(unknown, 40))
	}
	if allPresent {
		required = nil
		for i, k := range keys {
			if present&(1<<i) != 0 {
				required = append(required, k)
			}
		}
		slices.Sort(required)
	}
	for _, k := range required {
		i := slices.Index(keys, k)
		if i < 0 || present&(1<<i) == 0 {
			return fmt.Errorf("missing field %q", k)
		}
		if null&(1<<i) != 0 {
			return fmt.Errorf("field %q is null", k)
		}
	}
	return fail.err
}

// addErrorContext names the struct and field of a type mismatch as
// encoding/json does.
func addErrorContext(err error, structName, field string) {
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		te.Struct = structName
		if te.Field != "" {
			field += "." + te.Field
		}
		te.Field = field
	}
}

// jsonNames lists the JSON keys of a struct type's exported fields, in
// field order.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if name := jsonName(f); f.IsExported() && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// structFields returns the JSON keys of a struct type's exported fields
// and the fields' indexes, in field order.
func structFields(t reflect.Type) (keys []string, index []int) {
	n := t.NumField()
	keys, index = make([]string, 0, n), make([]int, 0, n)
	for i := range n {
		f := t.Field(i)
		if name := jsonName(f); f.IsExported() && name != "-" {
			keys = append(keys, name)
			index = append(index, i)
		}
	}
	return keys, index
}

// jsonName is the JSON key of a struct field: its tag's name, or the
// field's name when the tag gives none.
func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

// value decodes the value at the reader into v (addressable), as
// encoding/json would.
func (d *strictDecoder) value(v reflect.Value) failure {
	r := &d.r
	switch p := v.Addr().Interface().(type) {
	case *[]uint16:
		return d.uint16s(p)
	case *json.RawMessage:
		start := r.pos
		r.ws, r.html = false, false
		if !r.skip() {
			return failure{}
		}
		if raw := r.data[start:r.pos:r.pos]; d.aliasRaw {
			*p = raw
		} else {
			*p = append((*p)[:0], raw...)
		}
		d.rawCanonical = !r.ws && !r.html
		return failure{}
	case strictObject:
		required, all := p.strictKeys()
		if err := d.object(v, strictTypeName, required, all); err != nil {
			return failure{err: err, abort: true}
		}
		return failure{}
	case json.Unmarshaler:
		start := r.pos
		if !r.skip() {
			return failure{}
		}
		if err := p.UnmarshalJSON(r.data[start:r.pos]); err != nil {
			return failure{err: err, abort: true}
		}
		return failure{}
	}
	c := r.peek()
	start := r.pos
	if v.Kind() == reflect.Pointer {
		if c == 'n' {
			if r.literal("null") {
				v.SetZero()
			}
			return failure{}
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.value(v.Elem())
	}
	switch c {
	case 'n':
		if r.literal("null") && v.Kind() == reflect.Slice {
			v.SetZero()
		}
		return failure{}
	case 't', 'f':
		word := "false"
		if c == 't' {
			word = "true"
		}
		if !r.literal(word) {
			return failure{}
		}
		if v.Kind() != reflect.Bool {
			return typeMismatch("bool", v.Type(), start)
		}
		v.SetBool(c == 't')
		return failure{}
	case '"':
		content, plain, ok := r.str()
		if !ok {
			return failure{}
		}
		if v.Kind() != reflect.String {
			return typeMismatch("string", v.Type(), start)
		}
		if plain {
			v.SetString(string(content))
		} else {
			v.SetString(unquote(r.data[start:r.pos]))
		}
		return failure{}
	case '[':
		if v.Kind() != reflect.Slice {
			r.skip()
			return typeMismatch("array", v.Type(), start)
		}
		return d.slice(v)
	case '{':
		r.skip()
		return typeMismatch("object", v.Type(), start)
	}
	lit, form, ok := r.num()
	if !ok {
		return failure{}
	}
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := parseUint(lit, form)
		if !ok || v.OverflowUint(n) {
			return typeMismatch("number "+string(lit), v.Type(), start)
		}
		v.SetUint(n)
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(lit), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return typeMismatch("number "+string(lit), v.Type(), start)
		}
		v.SetInt(n)
	case reflect.String, reflect.Bool, reflect.Slice:
		return typeMismatch("number", v.Type(), start)
	default:
		return failure{err: fmt.Errorf("ledger: strict decoder: unsupported type %s", v.Type()), abort: true}
	}
	return failure{}
}

// parseUint is strconv.ParseUint(lit, 10, 64) for a JSON number of the
// given form.
func parseUint(lit []byte, form int) (uint64, bool) {
	if form != numUint || len(lit) > 20 {
		return 0, false
	}
	var n uint64
	for _, c := range lit {
		d := uint64(c - '0')
		if n > (1<<64-1-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// slice decodes a JSON array into the slice v the way encoding/json does:
// element i overwrites v[i] (reusing the backing array, so a null element
// keeps what was there), then the slice is cut to the array's length; an
// empty array leaves an empty, non-nil slice.
func (d *strictDecoder) slice(v reflect.Value) failure {
	r := &d.r
	if !r.enter() {
		return failure{}
	}
	var fail failure
	i := 0
	if r.peek() == ']' {
		r.pos++
		r.depth--
	} else {
		for {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
			f := d.value(v.Index(i))
			if r.bad {
				return failure{}
			}
			fail = fail.worse(f)
			i++
			more, ok := r.next(']')
			if !ok {
				return failure{}
			}
			if !more {
				break
			}
		}
	}
	if i < v.Len() {
		v.SetLen(i)
	}
	if i == 0 {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return fail
}

// uint16Type is the element type of weight vectors.
var uint16Type = reflect.TypeFor[uint16]()

// uint16s is slice for a []uint16 (weight vectors), without reflection.
func (d *strictDecoder) uint16s(p *[]uint16) failure {
	r := &d.r
	start := r.pos
	switch c := r.peek(); c {
	case '[':
	case 'n':
		if r.literal("null") {
			*p = nil
		}
		return failure{}
	default:
		r.skip()
		return typeMismatch(kind(c), reflect.TypeFor[[]uint16](), start)
	}
	if !r.enter() {
		return failure{}
	}
	v := *p
	if v == nil {
		// Room for the elements up to the first ']' (a hint: the slice
		// still grows as needed). Elements past those written stay zero
		// either way, so the capacity changes nothing encoding/json's
		// reuse of the backing array would show.
		rest := r.data[r.pos:]
		if end := bytes.IndexByte(rest, ']'); end > 0 {
			v = make([]uint16, 0, min(bytes.Count(rest[:end], []byte{','})+1, MaxUIDs+1))
		}
	}
	var fail failure
	i := 0
	if r.peek() == ']' {
		r.pos++
		r.depth--
	} else {
		for {
			if i >= len(v) {
				if i >= cap(v) {
					v = append(v, 0)
				} else {
					v = v[:i+1]
				}
			}
			if n, ok := r.smallUint(); ok {
				v[i] = n
			} else if c := r.peek(); '0' <= c && c <= '9' {
				at := r.pos
				lit, form, ok := r.num()
				if !ok {
					return failure{}
				}
				if n, ok := parseUint(lit, form); ok && n <= 1<<16-1 {
					v[i] = uint16(n)
				} else {
					fail = fail.worse(typeMismatch("number "+string(lit), uint16Type, at))
				}
			} else {
				f := d.value(reflect.ValueOf(&v[i]).Elem())
				if r.bad {
					return failure{}
				}
				fail = fail.worse(f)
			}
			i++
			more, ok := r.next(']')
			if !ok {
				return failure{}
			}
			if !more {
				break
			}
		}
	}
	if i < len(v) {
		v = v[:i]
	}
	if i == 0 {
		v = []uint16{}
	}
	*p = v
	return fail
}
