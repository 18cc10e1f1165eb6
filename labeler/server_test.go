package labeler

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/agora-net/agora/validator"
)

func newServer(t *testing.T, f *fixture, i int) *Server {
	t.Helper()
	cfg := DefaultServerConfig()
	cfg.Addr = "127.0.0.1:0"
	sv, err := NewServer(f.session(t, i), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return sv
}

func call(t *testing.T, h http.Handler, method, host, path, token, body string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(method, "http://"+host+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set(TokenHeader, token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

// TestServer: the page carries the session token; the API refuses
// requests without it or for another host, and bad answers with a 4xx
// naming the problem; a good answer is filed in the ledger.
func TestServer(t *testing.T) {
	f := newFixture(t, 3, 6)
	sv := newServer(t, f, 0)
	h := sv.Handler()
	const host = "127.0.0.1:7070"

	if code, body := call(t, h, http.MethodGet, host, "/", "", ""); code != http.StatusOK || !strings.Contains(body, sv.Token()) {
		t.Fatalf("page: %d, token in it: %v", code, strings.Contains(body, sv.Token()))
	}
	code, body := call(t, h, http.MethodGet, host, "/api/items", sv.Token(), "")
	var as validator.Assignments
	if code != http.StatusOK || json.Unmarshal([]byte(body), &as) != nil || len(as.Items) == 0 || as.Round != 1 {
		t.Fatalf("items: %d %s", code, body)
	}
	it := as.Items[0]
	for name, c := range map[string]struct {
		method, host, path, token, body string
		status                          int
		msg                             string
	}{
		"no token":        {http.MethodGet, host, "/api/items", "", "", http.StatusForbidden, "session token"},
		"wrong token":     {http.MethodGet, host, "/api/items", "00", "", http.StatusForbidden, "session token"},
		"rebound host":    {http.MethodGet, "evil.example:7070", "/api/items", sv.Token(), "", http.StatusMisdirectedRequest, "loopback"},
		"bad body":        {http.MethodPost, host, "/api/answer", sv.Token(), `{"item": 1}`, http.StatusBadRequest, "answer"},
		"unknown field":   {http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"` + it.ID + `","choice":"A","x":1}`, http.StatusBadRequest, "unknown field"},
		"bad item":        {http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"zz","choice":"A"}`, http.StatusBadRequest, "hex"},
		"bad choice":      {http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"` + it.ID + `","choice":"C"}`, http.StatusBadRequest, "not A, B or tie"},
		"not assigned":    {http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"` + strings.Repeat("ab", 16) + `","choice":"A"}`, http.StatusForbidden, "not one of"},
		"another round":   {http.MethodPost, host, "/api/answer", sv.Token(), `{"round":7,"item":"` + it.ID + `","choice":"A"}`, http.StatusConflict, "current round is 1"},
		"no such page":    {http.MethodGet, host, "/nothing", "", "", http.StatusNotFound, ""},
		"get of a write":  {http.MethodGet, host, "/api/answer", sv.Token(), "", http.StatusMethodNotAllowed, ""},
		"post to a read":  {http.MethodPost, host, "/api/items", sv.Token(), "", http.StatusMethodNotAllowed, ""},
		"page other host": {http.MethodGet, "agora.example", "/", "", "", http.StatusMisdirectedRequest, "loopback"},
	} {
		if code, body := call(t, h, c.method, c.host, c.path, c.token, c.body); code != c.status || !strings.Contains(body, c.msg) {
			t.Errorf("%s: %d %s; want %d and %q", name, code, body, c.status, c.msg)
		}
	}
	if n := len(f.filed(t, f.labelers[0])); n != 0 {
		t.Fatalf("refused answers filed %d labels", n)
	}
	if code, body := call(t, h, http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"`+it.ID+`","choice":"tie"}`); code != http.StatusOK {
		t.Fatalf("answer: %d %s", code, body)
	}
	if got := f.filed(t, f.labelers[0]); len(got) != 1 || got[0].Item.String() != it.ID || got[0].Choice != "tie" {
		t.Errorf("filed %+v, want the one tie", got)
	}
	if code, body := call(t, h, http.MethodPost, host, "/api/answer", sv.Token(), `{"round":1,"item":"`+it.ID+`","choice":"A"}`); code != http.StatusConflict || !strings.Contains(body, "answered") {
		t.Errorf("second answer to the item: %d %s, want 409", code, body)
	}

	// Serve refuses to listen beyond loopback, and stops with its context.
	if _, err := NewServer(f.session(t, 0), ServerConfig{Addr: "0.0.0.0:7070"}, nil); err == nil {
		t.Error("a server on 0.0.0.0 accepted")
	}
	ln, err := sv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sv.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("served page: %v %v", resp, err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("Serve did not stop")
	}
}
