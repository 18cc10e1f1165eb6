package labeler

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

//go:embed static/index.html
var static embed.FS

// page is the labeling page; its template fills in the session token.
var page = template.Must(template.ParseFS(static, "static/index.html"))

// TokenHeader carries the session token on the page's API calls.
const TokenHeader = "X-Agora-Token"

// ServerConfig configures Server.
type ServerConfig struct {
	// Addr is the loopback host:port the page is served on (127.0.0.1,
	// ::1 or localhost; port 0 picks a free one).
	Addr string
}

// DefaultServerConfig serves on 127.0.0.1:7070.
func DefaultServerConfig() ServerConfig { return ServerConfig{Addr: "127.0.0.1:7070"} }

// Validate checks that Addr is a loopback host:port.
func (c ServerConfig) Validate() error {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("labeler: address %q is not host:port", c.Addr)
	}
	if !loopbackHost(host) {
		return fmt.Errorf("labeler: address %q is not on loopback: the page signs with the labeler's key and is served to this machine only", c.Addr)
	}
	return nil
}

func loopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Server is the local labeling page of `agora label serve`: the prompt and
// both responses of the labeler's next unanswered item side by side,
// answered with the keys 1 (A is better), 2 (B is better) and 0 (a tie),
// the round's progress and the labeler's running agreement with the
// others. Each answer is signed with the session's key and filed through
// the validator at once.
//
//	GET  /             the page
//	GET  /api/items    the labeler's items (validator.Assignments)
//	POST /api/answer   {"round": 7, "item": "<32 hex>", "choice": "A"|"B"|"tie"}
//
// The API answers only requests with the page's session token in
// X-Agora-Token (403 otherwise) and a loopback Host (421 otherwise).
type Server struct {
	s     *Session
	cfg   ServerConfig
	log   *slog.Logger
	token string
}

// NewServer returns the page of session s.
func NewServer(s *Session, cfg ServerConfig, log *slog.Logger) (*Server, error) {
	if s == nil {
		return nil, errors.New("labeler: server needs a session")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var tok [16]byte
	if _, err := rand.Read(tok[:]); err != nil {
		return nil, fmt.Errorf("labeler: session token: %w", err)
	}
	return &Server{s: s, cfg: cfg, log: log, token: hex.EncodeToString(tok[:])}, nil
}

// Token is the session token the page carries.
func (sv *Server) Token() string { return sv.token }

// Handler returns the page and its API.
func (sv *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", sv.handlePage)
	mux.HandleFunc("GET /api/items", sv.guard(sv.handleItems))
	mux.HandleFunc("POST /api/answer", sv.guard(sv.handleAnswer))
	return sv.checkHost(mux)
}

// Listen opens the configured address.
func (sv *Server) Listen() (net.Listener, error) {
	ln, err := net.Listen("tcp", sv.cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("labeler: listen: %w", err)
	}
	return ln, nil
}

// Serve serves the page on ln until ctx ends.
func (sv *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: sv.Handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	case err := <-errc:
		return err
	}
}

type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// checkHost refuses requests whose Host is not a loopback name: a page of
// another site that rebinds its own name to 127.0.0.1 sends its name.
func (sv *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		if !loopbackHost(host) {
			writeJSON(w, http.StatusMisdirectedRequest, apiError{fmt.Sprintf("host %q is not this machine's loopback", r.Host)})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// guard admits only requests carrying the session token.
func (sv *Server) guard(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get(TokenHeader)), []byte(sv.token)) != 1 {
			writeJSON(w, http.StatusForbidden, apiError{"missing or wrong session token: use the page this server serves"})
			return
		}
		h(w, r)
	}
}

func (sv *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
	err := page.Execute(w, map[string]any{
		"Token": sv.token, "Labeler": sv.s.Labeler().Hex(), "Subnet": sv.s.Subnet(),
	})
	if err != nil {
		sv.log.Warn("labeler page", "err", err)
	}
}

// relayError answers with a validator's refusal (its status and
// message), 422 for a command the ledger rejected, or 502 when the
// validator could not be asked.
func relayError(w http.ResponseWriter, err error) {
	var ae *validator.APIError
	switch {
	case errors.As(err, &ae):
		writeJSON(w, ae.Status, apiError{ae.Message})
	case errors.Is(err, validator.ErrRejected):
		writeJSON(w, http.StatusUnprocessableEntity, apiError{err.Error()})
	default:
		writeJSON(w, http.StatusBadGateway, apiError{err.Error()})
	}
}

func (sv *Server) handleItems(w http.ResponseWriter, r *http.Request) {
	as, err := sv.s.Items(r.Context())
	if err != nil {
		relayError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, as)
}

// answer is the body of POST /api/answer.
type answer struct {
	Round  uint64 `json:"round"`
	Item   string `json:"item"`
	Choice string `json:"choice"`
}

func (sv *Server) handleAnswer(w http.ResponseWriter, r *http.Request) {
	var a answer
	dec := json.NewDecoder(io.LimitReader(r.Body, 4<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"answer: want {\"round\", \"item\", \"choice\"}: " + err.Error()})
		return
	}
	id, err := ledger.ParseItemID(a.Item)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{err.Error()})
		return
	}
	if a.Choice != ledger.ChoiceA && a.Choice != ledger.ChoiceB && a.Choice != ledger.ChoiceTie {
		writeJSON(w, http.StatusBadRequest, apiError{fmt.Sprintf("choice %q is not A, B or tie", a.Choice)})
		return
	}
	if _, err := sv.s.File(r.Context(), a.Round, []ledger.Preference{{Item: id, Choice: a.Choice}}); err != nil {
		relayError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"filed": 1})
}
