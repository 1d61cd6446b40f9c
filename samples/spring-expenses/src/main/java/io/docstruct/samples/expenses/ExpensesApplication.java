package io.docstruct.samples.expenses;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An expense backend on the DocStruct starter: receipts posted as images or PDFs come back as expenses with
 * their verification findings and violations; their searchable PDFs and a workbook of them on request.
 *
 * <pre>{@code
 * java -jar samples/spring-expenses/target/spring-expenses.jar --server.port=8080
 * curl -F file=@receipt.jpg localhost:8080/receipts
 * }</pre>
 */
@SpringBootApplication
public class ExpensesApplication {
  public static void main(String[] args) {
    SpringApplication.run(ExpensesApplication.class, args);
  }
}
