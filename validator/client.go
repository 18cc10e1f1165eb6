package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator/ledger"
)

// Client talks to a validator's HTTP API: what miners, subnet owners and
// tools use to submit signed commands and read the ledger.
type Client struct {
	base    string
	chainID uint64
	http    *http.Client
}

// NewClient returns a client of the validator API at base (host:port or a
// URL) for a ledger on chainID.
func NewClient(base string, chainID uint64) *Client {
	if !bytes.HasPrefix([]byte(base), []byte("http")) {
		base = "http://" + base
	}
	return &Client{base: base, chainID: chainID, http: &http.Client{Timeout: 15 * time.Second}}
}

// Nonce returns the last nonce the ledger accepted from addr (0: none).
func (c *Client) Nonce(ctx context.Context, addr common.Address) (uint64, error) {
	var out struct {
		Nonce uint64 `json:"nonce"`
	}
	if err := c.get(ctx, "/v1/accounts/"+addr.Hex()+"/nonce", &out); err != nil {
		return 0, err
	}
	return out.Nonce, nil
}

// Subnet reads a subnet's view.
func (c *Client) Subnet(ctx context.Context, id uint16) (ledger.SubnetView, error) {
	var out ledger.SubnetView
	err := c.get(ctx, fmt.Sprintf("/v1/subnets/%d", id), &out)
	return out, err
}

// StateHash reads the replica's state hash.
func (c *Client) StateHash(ctx context.Context) (StateHashView, error) {
	var out StateHashView
	err := c.get(ctx, "/v1/state/hash", &out)
	return out, err
}

// Send signs a command with key and the key's next nonce, as the ledger
// sees it, and submits it. A command the ledger rejects is an error.
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, typ string, payload any) (*SubmitResponse, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	last, err := c.Nonce(ctx, addr)
	if err != nil {
		return nil, err
	}
	env, err := ledger.NewEnvelope(typ, payload, last+1)
	if err != nil {
		return nil, err
	}
	if err := env.Sign(key, c.chainID); err != nil {
		return nil, err
	}
	resp, err := c.Submit(ctx, env)
	if err != nil {
		return nil, err
	}
	if resp.Error != "" {
		return resp, fmt.Errorf("validator: %s rejected: %s", typ, resp.Error)
	}
	return resp, nil
}

// Submit posts a signed envelope.
func (c *Client) Submit(ctx context.Context, env *ledger.Envelope) (*SubmitResponse, error) {
	body, err := json.Marshal(env)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("validator: submit %s: %w", env.Type, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		var e apiError
		_ = json.Unmarshal(data, &e)
		return nil, fmt.Errorf("validator: submit %s: %s: %s", env.Type, resp.Status, e.Error)
	}
	var out SubmitResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("validator: submit %s: malformed answer: %w", env.Type, err)
	}
	return &out, nil
}

func (c *Client) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("validator: GET %s: %w", path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		var e apiError
		_ = json.Unmarshal(data, &e)
		return fmt.Errorf("validator: GET %s: %s: %s", path, resp.Status, e.Error)
	}
	return json.Unmarshal(data, out)
}
