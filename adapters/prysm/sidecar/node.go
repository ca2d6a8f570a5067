package sidecar

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/prysmaticlabs/prysm/v5/api"
)

// nodeAPI is the few Beacon API calls the sidecar makes to its node itself.
type nodeAPI struct {
	base *url.URL
	hc   *http.Client
}

// errTransient marks a failure to reach the node (transport error, 5xx): not
// the fault of whoever caused the call.
var errTransient = errors.New("weft sidecar: beacon node unavailable")

// statusError is a non-2xx answer of the node.
type statusError struct {
	Code int
	Msg  string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("beacon node answered %d: %s", e.Code, e.Msg)
}

func (n *nodeAPI) url(path string) string {
	u := *n.base
	u.Path = strings.TrimSuffix(u.Path, "/") + path
	return u.String()
}

// maxAnswer bounds what the sidecar reads from its node's answers.
const maxAnswer = 4 << 20

// do sends a request and returns the status and (bounded) body. Transport
// errors and 5xx wrap errTransient.
func (n *nodeAPI) do(ctx context.Context, method, path string, hdr http.Header, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, n.url(path), rd)
	if err != nil {
		return 0, nil, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := n.hc.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %w", errTransient, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return resp.StatusCode, nil, fmt.Errorf("%w: reading the answer: %w", errTransient, err)
	}
	if resp.StatusCode >= 500 {
		return resp.StatusCode, b, fmt.Errorf("%w: %w", errTransient, &statusError{resp.StatusCode, message(b)})
	}
	return resp.StatusCode, b, nil
}

// message extracts the "message" of a Beacon API error body, or a bounded
// excerpt of the body.
func message(b []byte) string {
	var e struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(b, &e) == nil && e.Message != "" {
		return e.Message
	}
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

// get fetches path and decodes the answer's "data" into v. A non-200 answer
// is a *statusError (wrapping errTransient for 5xx).
func (n *nodeAPI) get(ctx context.Context, path string, v any) error {
	code, b, err := n.do(ctx, http.MethodGet, path, http.Header{"Accept": {"application/json"}}, nil)
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return &statusError{code, message(b)}
	}
	env := struct {
		Data any `json:"data"`
	}{Data: v}
	if err := json.Unmarshal(b, &env); err != nil {
		return fmt.Errorf("weft sidecar: %s: bad answer: %w", path, err)
	}
	return nil
}

// post sends a block to the node's publish endpoint.
func (n *nodeAPI) postBlock(ctx context.Context, ver string, ssz bool, body []byte) (int, string, error) {
	ct := "application/json"
	if ssz {
		ct = api.OctetStreamMediaType
	}
	code, b, err := n.do(ctx, http.MethodPost, "/eth/v2/beacon/blocks",
		http.Header{"Content-Type": {ct}, api.VersionHeader: {ver}}, body)
	return code, message(b), err
}
