import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

/** The API's OpenAPI document, for client generators and the curious. */
export function GET(request: NextRequest) {
  return NextResponse.json(openApiDocument(request.nextUrl.origin));
}
