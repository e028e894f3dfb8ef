package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/newswire/newswire/pipeline"
)

// securityConfig is how newswire authenticates to a secured Kafka cluster
// (SASL) and encrypts the connection (TLS): the settings of `run` and
// `publish`, from flags or KAFKA_* variables.
type securityConfig struct {
	SASLMechanism    string
	SASLUsername     string
	SASLPassword     string
	SASLPasswordFile string
	TLS              bool
	TLSCAFile        string
	TLSCertFile      string
	TLSKeyFile       string
	TLSInsecure      bool
}

// securityEnv names the variables of the security flags (KAFKA_*, as
// other Kafka tools spell them, rather than NEWSWIRE_*).
var securityEnv = map[string]string{
	"sasl-mechanism":           "KAFKA_SASL_MECHANISM",
	"sasl-username":            "KAFKA_SASL_USERNAME",
	"sasl-password":            "KAFKA_SASL_PASSWORD",
	"sasl-password-file":       "KAFKA_SASL_PASSWORD_FILE",
	"tls":                      "KAFKA_TLS",
	"tls-ca-file":              "KAFKA_TLS_CA_FILE",
	"tls-cert-file":            "KAFKA_TLS_CERT_FILE",
	"tls-key-file":             "KAFKA_TLS_KEY_FILE",
	"tls-insecure-skip-verify": "KAFKA_TLS_INSECURE_SKIP_VERIFY",
}

// define adds the security flags to f (bind them with securityEnv).
func (s *securityConfig) define(f *envFlags) {
	f.StringVar(&s.SASLMechanism, "sasl-mechanism", "", "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; empty for no SASL")
	f.StringVar(&s.SASLUsername, "sasl-username", "", "SASL user name")
	f.StringVar(&s.SASLPassword, "sasl-password", "", "SASL password (prefer the variable or a file: flags show in ps)")
	f.StringVar(&s.SASLPasswordFile, "sasl-password-file", "", "file holding the SASL password (a mounted secret); one trailing newline is ignored")
	f.BoolVar(&s.TLS, "tls", false, "connect with TLS; on when any other TLS setting is given")
	f.StringVar(&s.TLSCAFile, "tls-ca-file", "", "PEM file of the certificate authorities to trust (default: the system's)")
	f.StringVar(&s.TLSCertFile, "tls-cert-file", "", "PEM client certificate, for mutual TLS (with --tls-key-file)")
	f.StringVar(&s.TLSKeyFile, "tls-key-file", "", "PEM private key of the client certificate")
	f.BoolVar(&s.TLSInsecure, "tls-insecure-skip-verify", false, "do not verify the brokers' certificates (insecure: testing only; logged as a warning)")
}

// kafkaSecurity is the built form: what kafka-go's Dialer (the reader),
// Transport (the writer and admin requests) and Client need.
type kafkaSecurity struct {
	SASL sasl.Mechanism // nil: no SASL
	TLS  *tls.Config    // nil: plaintext
}

// build checks the settings and loads the password and certificates. It
// warns on log about insecure choices. Errors never contain the password.
func (s securityConfig) build(log *slog.Logger) (*kafkaSecurity, error) {
	var sec kafkaSecurity
	mech := strings.ToUpper(strings.TrimSpace(s.SASLMechanism))
	password := s.SASLPassword
	if s.SASLPasswordFile != "" {
		if password != "" {
			return nil, errors.New("set the SASL password (KAFKA_SASL_PASSWORD) or a file (KAFKA_SASL_PASSWORD_FILE), not both")
		}
		b, err := os.ReadFile(s.SASLPasswordFile)
		if err != nil {
			return nil, fmt.Errorf("SASL password file: %w", err)
		}
		password = strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
	}
	switch {
	case mech == "" && (s.SASLUsername != "" || password != ""):
		return nil, errors.New("a SASL user name or password is set but no mechanism (KAFKA_SASL_MECHANISM: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)")
	case mech == "":
	case s.SASLUsername == "" || password == "":
		return nil, fmt.Errorf("SASL %s needs a user name (KAFKA_SASL_USERNAME) and a password (KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE)", mech)
	case mech == "PLAIN":
		sec.SASL = plain.Mechanism{Username: s.SASLUsername, Password: password}
	case mech == "SCRAM-SHA-256" || mech == "SCRAM-SHA-512":
		alg := scram.SHA256
		if mech == "SCRAM-SHA-512" {
			alg = scram.SHA512
		}
		m, err := scram.Mechanism(alg, s.SASLUsername, password)
		if err != nil {
			return nil, fmt.Errorf("SASL %s for user %s: %v", mech, s.SASLUsername, err)
		}
		sec.SASL = m
	default:
		return nil, fmt.Errorf("SASL mechanism %q: want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512", s.SASLMechanism)
	}
	if s.TLS || s.TLSCAFile != "" || s.TLSCertFile != "" || s.TLSKeyFile != "" || s.TLSInsecure {
		tc := &tls.Config{MinVersion: tls.VersionTLS12}
		if s.TLSCAFile != "" {
			pem, err := os.ReadFile(s.TLSCAFile)
			if err != nil {
				return nil, fmt.Errorf("TLS CA file: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("TLS CA file %s: no PEM certificate in it", s.TLSCAFile)
			}
			tc.RootCAs = pool
		}
		if (s.TLSCertFile == "") != (s.TLSKeyFile == "") {
			return nil, errors.New("mutual TLS needs both a certificate (KAFKA_TLS_CERT_FILE) and its key (KAFKA_TLS_KEY_FILE)")
		}
		if s.TLSCertFile != "" {
			cert, err := tls.LoadX509KeyPair(s.TLSCertFile, s.TLSKeyFile)
			if err != nil {
				return nil, fmt.Errorf("TLS client certificate: %w", err)
			}
			tc.Certificates = []tls.Certificate{cert}
		}
		if s.TLSInsecure {
			tc.InsecureSkipVerify = true
			log.Warn("TLS CERTIFICATE VERIFICATION IS OFF (KAFKA_TLS_INSECURE_SKIP_VERIFY): anyone on the network path can pose as the brokers and read the traffic, credentials included; for testing only")
		}
		sec.TLS = tc
	}
	if mech == "PLAIN" && sec.TLS == nil {
		log.Warn("SASL PLAIN without TLS sends the password in clear text; set KAFKA_TLS=true unless the network is trusted")
	}
	if sec.SASL != nil || sec.TLS != nil {
		log.Info("Kafka security", "sasl", orNone(mech), "user", s.SASLUsername, "tls", sec.TLS != nil,
			"mutual_tls", s.TLSCertFile != "", "ca_file", orNone(s.TLSCAFile))
	}
	return &sec, nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// dialer is the kafka-go Dialer of the consumer (kafka.Reader).
func (k *kafkaSecurity) dialer() *kafka.Dialer {
	return &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true, SASLMechanism: k.SASL, TLS: k.TLS}
}

// transport is the kafka-go Transport of the writers and admin clients.
func (k *kafkaSecurity) transport() *kafka.Transport {
	return &kafka.Transport{SASL: k.SASL, TLS: k.TLS, DialTimeout: 10 * time.Second}
}

// trackedTransport is a Transport whose SASL exchanges are counted. Kafka
// answers a failed authentication with an error code, but some brokers
// (kfake among them) just close the connection, which kafka-go reports as
// an unexpected EOF; an exchange started and never completed tells the
// two apart.
type trackedTransport struct {
	*kafka.Transport
	started, completed atomic.Int64
}

// trackedTransport is transport() with its SASL exchanges counted.
func (k *kafkaSecurity) trackedTransport() *trackedTransport {
	t := &trackedTransport{Transport: k.transport()}
	if k.SASL != nil {
		t.SASL = trackedMechanism{Mechanism: k.SASL, t: t}
	}
	return t
}

// explain turns an error seen through t into an authentication failure
// when an exchange was started and none completed, then words it for a
// person (explainKafkaError).
func (t *trackedTransport) explain(err error) error {
	if err == nil {
		return nil
	}
	if t.started.Load() > 0 && t.completed.Load() == 0 && !pipeline.Permanent(pipeline.Classify(err)) {
		err = fmt.Errorf("%w (the broker closed the connection during SASL authentication: %v)", kafka.SASLAuthenticationFailed, err)
	}
	return explainKafkaError(err)
}

// explainVia is t.explain when rt is a trackedTransport, else
// explainKafkaError.
func explainVia(rt kafka.RoundTripper, err error) error {
	if t, ok := rt.(*trackedTransport); ok {
		return t.explain(err)
	}
	return explainKafkaError(err)
}

type trackedMechanism struct {
	sasl.Mechanism
	t *trackedTransport
}

func (m trackedMechanism) Start(ctx context.Context) (sasl.StateMachine, []byte, error) {
	sm, ir, err := m.Mechanism.Start(ctx)
	if err != nil {
		return sm, ir, err
	}
	m.t.started.Add(1)
	return trackedState{sm, m.t}, ir, nil
}

type trackedState struct {
	sasl.StateMachine
	t *trackedTransport
}

func (s trackedState) Next(ctx context.Context, challenge []byte) (bool, []byte, error) {
	done, resp, err := s.StateMachine.Next(ctx, challenge)
	if done && err == nil {
		s.t.completed.Add(1)
	}
	return done, resp, err
}
