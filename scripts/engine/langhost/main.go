// Command pulumi-language-nodejs is the Node.js language host of the engine suite's toolchain.
//
// The Go module proxy serves no version of the current host's module
// (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3). The newest host it does serve lives
// inside github.com/pulumi/pulumi/sdk/v3 v3.68.0; the build installs it beside this binary as
// pulumi-language-nodejs-base. That host runs programs and dynamic providers as the current one does, but it
// predates the RunPlugin call, through which the CLI starts a Node.js policy pack. This binary starts the base
// host, forwards every call to it unchanged, and answers RunPlugin for analyzer plugins itself: it runs the
// pack with @pulumi/pulumi/cmd/run-policy-pack from the pack's own dependencies, as Pulumi's
// pulumi-analyzer-policy launcher does, and streams its output back.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

const runPluginMethod = "/pulumirpc.LanguageRuntime/RunPlugin"

// frameCodec passes gRPC messages through as bytes, so calls are forwarded without knowing their types.
type frameCodec struct{}

func (frameCodec) Marshal(v any) ([]byte, error) {
	frame, ok := v.(*[]byte)
	if !ok {
		return nil, fmt.Errorf("frameCodec: cannot marshal %T", v)
	}
	return *frame, nil
}

func (frameCodec) Unmarshal(data []byte, v any) error {
	frame, ok := v.(*[]byte)
	if !ok {
		return fmt.Errorf("frameCodec: cannot unmarshal into %T", v)
	}
	*frame = append((*frame)[:0], data...)
	return nil
}

func (frameCodec) Name() string { return "proto" }

func main() {
	if err := serve(); err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: %v\n", err)
		os.Exit(1)
	}
}

func serve() error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	base := exec.Command(filepath.Join(filepath.Dir(self), "pulumi-language-nodejs-base"), os.Args[1:]...)
	base.Stderr = os.Stderr
	// The base host must not outlive this process, whichever way the CLI ends it.
	base.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	out, err := base.StdoutPipe()
	if err != nil {
		return err
	}
	if err := base.Start(); err != nil {
		return fmt.Errorf("starting the base host: %w", err)
	}
	// Like every plugin, the base host prints its port first; anything after goes to our stderr.
	lines := bufio.NewReader(out)
	port, err := lines.ReadString('\n')
	if err != nil {
		return fmt.Errorf("reading the base host's port: %w", err)
	}
	go func() { _, _ = io.Copy(os.Stderr, lines) }()

	backend, err := grpc.NewClient("127.0.0.1:"+strings.TrimSpace(port),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(frameCodec{}), grpc.MaxCallRecvMsgSize(1<<30)))
	if err != nil {
		return err
	}
	defer backend.Close()

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := grpc.NewServer(
		grpc.ForceServerCodec(frameCodec{}),
		grpc.MaxRecvMsgSize(1<<30),
		grpc.UnknownServiceHandler(func(_ any, stream grpc.ServerStream) error {
			method, _ := grpc.MethodFromServerStream(stream)
			if method == runPluginMethod {
				return runPlugin(stream)
			}
			return forward(backend, method, stream)
		}),
	)
	fmt.Printf("%d\n", listener.Addr().(*net.TCPAddr).Port)

	go func() {
		_ = base.Wait()
		server.Stop()
	}()
	return server.Serve(listener)
}

// forward relays one call, in both directions, to the base host.
func forward(backend *grpc.ClientConn, method string, in grpc.ServerStream) error {
	ctx := in.Context()
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		ctx = metadata.NewOutgoingContext(ctx, md.Copy())
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out, err := backend.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true, ClientStreams: true}, method)
	if err != nil {
		return err
	}

	requests := make(chan error, 1)
	go func() {
		for {
			var frame []byte
			if err := in.RecvMsg(&frame); err != nil {
				if errors.Is(err, io.EOF) {
					requests <- out.CloseSend()
				} else {
					requests <- err
				}
				return
			}
			if err := out.SendMsg(&frame); err != nil {
				requests <- err
				return
			}
		}
	}()

	if header, err := out.Header(); err == nil {
		_ = in.SendHeader(header)
	}
	for {
		var frame []byte
		if err := out.RecvMsg(&frame); err != nil {
			in.SetTrailer(out.Trailer())
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if err := in.SendMsg(&frame); err != nil {
			return err
		}
	}
}

// runPlugin starts a Node.js policy pack (an analyzer plugin) and streams its output and exit code.
func runPlugin(stream grpc.ServerStream) error {
	var frame []byte
	if err := stream.RecvMsg(&frame); err != nil {
		return err
	}
	var req pulumirpc.RunPluginRequest
	if err := proto.Unmarshal(frame, &req); err != nil {
		return status.Errorf(codes.InvalidArgument, "RunPlugin request: %v", err)
	}
	if req.GetKind() != "analyzer" {
		return status.Errorf(codes.Unimplemented, "RunPlugin: only analyzer plugins (policy packs) are supported, not %q", req.GetKind())
	}
	dir := req.GetInfo().GetProgramDirectory()
	if dir == "" {
		dir = req.GetPwd()
	}

	resolve := exec.Command("node", "-e", "process.stdout.write(require.resolve('@pulumi/pulumi/cmd/run-policy-pack'))")
	resolve.Dir = dir
	script, err := resolve.Output()
	if err != nil {
		return status.Errorf(codes.FailedPrecondition,
			"the policy pack in %s has no @pulumi/pulumi: run npm ci there first (%v)", dir, err)
	}

	args := append([]string{string(script)}, req.GetArgs()...)
	cmd := exec.CommandContext(stream.Context(), "node", append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), req.GetEnv()...)
	send := func(resp *pulumirpc.RunPluginResponse) error {
		b, err := proto.Marshal(resp)
		if err != nil {
			return err
		}
		return stream.SendMsg(&b)
	}
	cmd.Stdout = &relay{send: func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stdout{Stdout: b}})
	}}
	cmd.Stderr = &relay{send: func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stderr{Stderr: b}})
	}}

	code := int32(0)
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return status.Errorf(codes.Internal, "running the policy pack: %v", err)
		}
		code = int32(exit.ExitCode())
	}
	return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: code}})
}

// relay turns a child's writes into RunPlugin responses.
type relay struct {
	send func([]byte) error
}

func (r *relay) Write(p []byte) (int, error) {
	if err := r.send(append([]byte(nil), p...)); err != nil {
		return 0, err
	}
	return len(p), nil
}
